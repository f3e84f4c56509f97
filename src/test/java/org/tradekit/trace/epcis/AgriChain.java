package org.tradekit.trace.epcis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tradekit.gs1.Gtin;
import org.tradekit.gs1.ProductLink;

/** A coffee cooperative's chain as EPCIS events: every event type, every field the model has. */
final class AgriChain {
    static final String DOMAIN = "truyxuat.htx-example.vn";
    static final ZoneOffset VN = ZoneOffset.ofHours(7);
    static final Instant T0 = Instant.parse("2026-11-20T01:30:00Z");
    static final Gtin BEANS = Gtin.parse("9520123456788");
    static final String FARM = EpcisIds.localPlace(DOMAIN, "farm-krong-bong");
    static final String DRYING = EpcisIds.sgln("9520123000004", 7, null);
    static final String WAREHOUSE = EpcisIds.glnLink("9520123000011");

    private AgriChain() {
    }

    static String cherries(int n) {
        return EpcisIds.lotClass(ProductLink.ofProductCode(DOMAIN, "CHERRY").withLot("H-261120-" + n));
    }

    static String green(int n) {
        return EpcisIds.lotClass(ProductLink.of(DOMAIN, BEANS).withLot("G-" + n));
    }

    static EventFields at(int minutes, String id) {
        return EventFields.at("urn:uuid:" + id, T0.plusSeconds(60L * minutes), VN);
    }

    static List<EpcisEvent> events() {
        List<EpcisEvent> out = new ArrayList<>();
        out.add(new ObjectEvent(at(0, "0189c3a0-0000-7000-8000-000000000001").withBizStep(BizStep.COMMISSIONING)
                .withDisposition(Disposition.ACTIVE).withReadPoint(FARM).withBizLocation(FARM)
                .withSources(List.of(new SourceDest(SourceDest.OWNING_PARTY, EpcisIds.localParty(DOMAIN, "member-17"))))
                .withExtensions(Map.of("tk:plot", "A-3", "tk:areaHa", new BigDecimal("0.8"))),
                Action.ADD, List.of(), List.of(QuantityElement.of(cherries(1), new BigDecimal("420.5"), "KGM")),
                Ilmd.builder().harvestStartDate(LocalDate.of(2026, 11, 19)).harvestEndDate(LocalDate.of(2026, 11, 20))
                        .countryOfOrigin("VN").lotNumber("H-261120-1").put("tk:member", "Y Bih Niê").build()));
        out.add(new TransformationEvent(at(60 * 24 * 3, "0189c3a0-0000-7000-8000-000000000002")
                .withBizStep(BizStep.CREATING_CLASS_INSTANCE).withDisposition(Disposition.ACTIVE).withReadPoint(DRYING)
                .withBizLocation(DRYING).withExtensions(Map.of("tk:process", "drying")),
                List.of(), List.of(QuantityElement.of(cherries(1), new BigDecimal("420.5"), "KGM")), List.of(),
                List.of(QuantityElement.of(green(1), new BigDecimal("84"), "KGM")), null,
                Ilmd.builder().bestBeforeDate(LocalDate.of(2027, 11, 30)).lotNumber("G-1").build()));
        out.add(new AggregationEvent(at(60 * 24 * 4, "0189c3a0-0000-7000-8000-000000000003")
                .withBizStep(BizStep.PACKING).withDisposition(Disposition.IN_PROGRESS).withReadPoint(WAREHOUSE),
                Action.ADD, "urn:epc:id:sscc:9520123.0000000017", List.of(),
                List.of(QuantityElement.of(green(1), new BigDecimal("40"), "H87"))));
        out.add(new ObjectEvent(at(60 * 24 * 5, "0189c3a0-0000-7000-8000-000000000004")
                .withBizStep(BizStep.INSPECTING).withDisposition(Disposition.CONFORMANT).withReadPoint(WAREHOUSE)
                .withBizTransactions(List.of(new BizTransaction("cert", "https://" + DOMAIN + "/doc/cert-2026-88")))
                .withCertificationInfo(List.of("https://" + DOMAIN + "/doc/cert-2026-88")),
                Action.OBSERVE, List.of(), List.of(QuantityElement.of(green(1), null, null)), null));
        out.add(new ObjectEvent(at(60 * 24 * 6, "0189c3a0-0000-7000-8000-000000000005")
                .withBizStep(BizStep.SHIPPING).withDisposition(Disposition.IN_TRANSIT).withReadPoint(WAREHOUSE)
                .withBizTransactions(List.of(new BizTransaction("inv", "urn:epcglobal:cbv:bt:9520123000004:INV-17"),
                        new BizTransaction(null, "https://" + DOMAIN + "/doc/po-4")))
                .withSources(List.of(new SourceDest(SourceDest.LOCATION, WAREHOUSE)))
                .withDestinations(List.of(new SourceDest(SourceDest.OWNING_PARTY, EpcisIds.localParty(DOMAIN, "buyer-hanoi")),
                        new SourceDest(SourceDest.LOCATION, EpcisIds.glnLink("9520123000028")))),
                Action.OBSERVE, List.of("urn:epc:id:sscc:9520123.0000000017"), List.of(), null));
        out.add(new TransactionEvent(at(60 * 24 * 6 + 5, "0189c3a0-0000-7000-8000-000000000006")
                .withBizStep(BizStep.SHIPPING)
                .withBizTransactions(List.of(new BizTransaction("po", "https://" + DOMAIN + "/doc/po-4"))),
                Action.ADD, "urn:epc:id:sscc:9520123.0000000017", List.of(), List.of(QuantityElement.of(green(1),
                        new BigDecimal("40"), "H87"))));
        out.add(new AssociationEvent(at(60 * 24 * 6 + 6, "0189c3a0-0000-7000-8000-000000000007")
                .withBizStep(BizStep.ASSEMBLING),
                Action.ADD, "urn:epc:id:sscc:9520123.0000000017", List.of("urn:epc:id:giai:9520123.LOGGER-9"), List.of()));
        out.add(new ObjectEvent(at(60 * 24 * 7, "0189c3a0-0000-7000-8000-000000000008")
                .withBizStep(BizStep.RETAIL_SELLING).withDisposition(Disposition.RETAIL_SOLD)
                .withErrorDeclaration(new ErrorDeclaration(T0.plusSeconds(86400 * 8), ErrorDeclaration.INCORRECT_DATA,
                        List.of("urn:uuid:0189c3a0-0000-7000-8000-000000000009"))),
                Action.OBSERVE, List.of(), List.of(QuantityElement.of(green(1), new BigDecimal("2"), "H87")), null));
        out.add(new ObjectEvent(at(60 * 24 * 7, "0189c3a0-0000-7000-8000-000000000009")
                .withBizStep(BizStep.RETAIL_SELLING).withDisposition(Disposition.RETAIL_SOLD),
                Action.OBSERVE, List.of(), List.of(QuantityElement.of(green(1), new BigDecimal("3"), "H87")), null));
        out.add(new ObjectEvent(at(60 * 24 * 9, "0189c3a0-0000-7000-8000-00000000000a")
                .withBizStep(BizStep.DESTROYING).withDisposition(Disposition.DESTROYED),
                Action.DELETE, List.of(), List.of(QuantityElement.of(green(1), new BigDecimal("1"), "H87")), null));
        return out;
    }
}
