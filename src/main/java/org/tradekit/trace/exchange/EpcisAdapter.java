package org.tradekit.trace.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.tradekit.gs1.Gtin;
import org.tradekit.trace.epcis.Action;
import org.tradekit.trace.epcis.BizTransaction;
import org.tradekit.trace.epcis.DocumentHeader;
import org.tradekit.trace.epcis.EpcisEvent;
import org.tradekit.trace.epcis.EpcisIds;
import org.tradekit.trace.epcis.ErrorDeclaration;
import org.tradekit.trace.epcis.EventFields;
import org.tradekit.trace.epcis.Ilmd;
import org.tradekit.trace.epcis.ObjectEvent;
import org.tradekit.trace.epcis.QuantityElement;
import org.tradekit.trace.epcis.SourceDest;
import org.tradekit.trace.epcis.TransformationEvent;
import org.tradekit.trace.event.Declaration;
import org.tradekit.trace.event.EventBody;
import org.tradekit.trace.event.EventDocument;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.EventLine;
import org.tradekit.trace.event.LotMaster;
import org.tradekit.trace.event.Party;
import org.tradekit.trace.event.TraceEvent;
import org.tradekit.trace.place.Location;

/**
 * One recorded event as an EPCIS 2.0 event, following what {@link EventKind} says (type, action,
 * CBV bizStep and disposition): lots as class-level quantities with UN/CEFACT units, places as GLN
 * links or links on the cooperative's domain, parties likewise, master data (ILMD) on the events
 * that make lots, documents as business transactions, and times with their own offset. An error
 * declaration is the declared event re-stated with {@code errorDeclaration}; it keeps its own
 * eventID (a document may not hold one id twice) and names the declared one in {@code tk:declares}.
 */
final class EpcisAdapter {
    private static final String TK = DocumentHeader.TRADEKIT_PREFIX + ":";

    private final String domain;
    private final LotClassIds lots;
    private final Function<String, Location> places;
    private final Function<String, TraceEvent> events;
    private final Map<String, String> placeIds = new HashMap<>();

    /**
     * @param places a location by id (null when unknown)
     * @param events a recorded event by id, for error declarations (null when unknown)
     */
    EpcisAdapter(String domain, LotClassIds lots, Function<String, Location> places, Function<String, TraceEvent> events) {
        this.domain = domain;
        this.lots = lots;
        this.places = places;
        this.events = events;
    }

    static String eventId(String id) {
        return "urn:uuid:" + id;
    }

    EpcisEvent map(TraceEvent e) {
        EventBody b = e.body();
        if (e.kind() == EventKind.ERROR_DECLARATION) {
            return declaration(e);
        }
        return map(e, fields(e, eventId(b.id())));
    }

    private EpcisEvent map(TraceEvent e, EventFields fields) {
        EventBody b = e.body();
        EventKind kind = e.kind();
        if ("TransformationEvent".equals(kind.epcisType())) {
            return new TransformationEvent(fields, List.of(), quantities(b.inputs()), List.of(), quantities(b.outputs()),
                    null, ilmd(b, false));
        }
        Action action = Action.valueOf(kind.epcisAction());
        List<EventLine> lines = switch (kind) {
            case HARVEST, RECEIPT -> b.outputs();
            case INSPECTION, STORAGE -> b.observed();
            default -> b.inputs();
        };
        return new ObjectEvent(fields, action, List.of(), quantities(lines),
                action == Action.ADD ? ilmd(b, kind == EventKind.HARVEST) : null);
    }

    private EpcisEvent declaration(TraceEvent e) {
        Declaration d = e.body().declares();
        TraceEvent declared = events.apply(d.event());
        if (declared == null) {
            throw new org.tradekit.trace.TraceException("trace.error.eventMissing", d.event());
        }
        ErrorDeclaration error = new ErrorDeclaration(e.time().toInstant(), d.reason(),
                d.corrective().stream().map(EpcisAdapter::eventId).toList());
        EventFields base = fields(declared, eventId(e.id()));
        Map<String, Object> ext = new LinkedHashMap<>(base.extensions());
        ext.put(TK + "declares", eventId(declared.id()));
        return map(declared, base.withErrorDeclaration(error).withExtensions(ext));
    }

    private EventFields fields(TraceEvent e, String id) {
        EventBody b = e.body();
        EventFields f = EventFields.at(id, e.time().toInstant(), e.time().getOffset()).withBizStep(e.kind().bizStep())
                .withDisposition(e.disposition());
        String place = place(b.place());
        if (place != null) {
            f = f.withReadPoint(place).withBizLocation(e.kind() == EventKind.SHIPPING || e.kind() == EventKind.SALE
                    || e.kind() == EventKind.DISPOSAL ? null : place);
        }
        List<BizTransaction> docs = new ArrayList<>();
        for (EventDocument doc : b.documents()) {
            docs.add(new BizTransaction(doc.type(), "https://" + domain + "/doc/" + doc.type() + "/"
                    + org.tradekit.gs1.PercentEncoding.escape(doc.number(), false)));
        }
        f = f.withBizTransactions(docs);
        List<SourceDest> sources = new ArrayList<>();
        if (b.source() != null) {
            sources.add(new SourceDest(SourceDest.OWNING_PARTY, party(b.source())));
        }
        if (e.kind() == EventKind.HARVEST) {
            b.ilmd().stream().map(LotMaster::member).filter(m -> m != null).distinct()
                    .forEach(m -> sources.add(new SourceDest(SourceDest.OWNING_PARTY, EpcisIds.localParty(domain, "member-" + m))));
        }
        f = f.withSources(sources);
        if (b.destination() != null) {
            f = f.withDestinations(List.of(new SourceDest(SourceDest.OWNING_PARTY, party(b.destination()))));
        }
        Map<String, Object> ext = new LinkedHashMap<>();
        if (b.step() != null) {
            ext.put(TK + "process", b.step());
        }
        if (b.corrects() != null) {
            ext.put(TK + "corrects", eventId(b.corrects()));
        }
        if (b.inspection() != null) {
            ext.put(TK + "inspectionResult", b.inspection().result());
        }
        return f.withExtensions(ext);
    }

    private List<QuantityElement> quantities(List<EventLine> lines) {
        List<QuantityElement> out = new ArrayList<>(lines.size());
        for (EventLine l : lines) {
            out.add(QuantityElement.of(lots.of(l.lot()), l.qty(), l.qty() == null ? null : UnitCodes.uom(l.unit())));
        }
        return out;
    }

    /** Master data of the first lot made (an event usually makes one; packing's outputs share their dates). */
    private static Ilmd ilmd(EventBody b, boolean harvest) {
        if (b.ilmd().isEmpty()) {
            return null;
        }
        LotMaster m = b.ilmd().get(0);
        Ilmd.Builder i = Ilmd.builder().lotNumber(m.code()).bestBeforeDate(date(m.bestBefore()))
                .itemExpirationDate(date(m.expiry()));
        if (harvest) {
            i.harvestStartDate(date(m.produced())).harvestEndDate(date(m.produced())).countryOfOrigin("VN");
        } else {
            i.put(TK + "productionDate", date(m.produced()));
        }
        return i.put(TK + "plot", m.plot()).put(TK + "supplierLot", m.supplierLot())
                .put(TK + "supplierExpiry", date(m.supplierExpiry())).build();
    }

    private String place(String locationId) {
        if (locationId == null) {
            return null;
        }
        return placeIds.computeIfAbsent(locationId, id -> {
            Location l = places.apply(id);
            return l != null && l.gln() != null && Gtin.isValid(l.gln()) && l.gln().length() == 13 ? EpcisIds.glnLink(l.gln())
                    : EpcisIds.localPlace(domain, id);
        });
    }

    private String party(Party p) {
        if (p.ref() != null && p.ref().matches("\\d{13}") && Gtin.isValid(p.ref())) {
            return EpcisIds.glnLink(p.ref());
        }
        return EpcisIds.localParty(domain, p.type() + "-" + (p.ref() != null ? p.ref() : p.name()));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
