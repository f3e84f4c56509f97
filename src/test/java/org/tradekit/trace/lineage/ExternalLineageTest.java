package org.tradekit.trace.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradekit.TestContexts;
import org.tradekit.catalog.ProductField;
import org.tradekit.coop.CoopProfile;
import org.tradekit.trace.TraceFixture;
import org.tradekit.trace.TraceTestBase;
import org.tradekit.trace.event.EventDraft;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.ExternalEntry;
import org.tradekit.trace.event.ProcessStep;
import org.tradekit.trace.event.TraceEvent;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.recall.Recall;
import org.tradekit.work.Work;

/** Partners' imported events (decision 0012) joined into lineage, the lot's history and recall, marked external. */
class ExternalLineageTest extends TraceTestBase {
    static final String DOMAIN = "truyxuat.htx-shan.vn";
    static final String PARTNER_LOT = "urn:epc:class:lgtin:4012345.011111.4444";

    String blendProduct;
    String ours;
    String harvest;

    @BeforeEach
    void chain() {
        CoopProfile p = f.app.coopProfile().load().orElse(CoopProfile.empty());
        f.app.coopProfile().save(new CoopProfile(p.id(), "HTX", null, null, null, null, null, null, null, null, DOMAIN,
                p.currency()));
        blendProduct = f.app.catalog().save(TestContexts.product("TEA-BLEND", "Chè phối trộn", null)
                .with(ProductField.GTIN, "9520000000011").with(ProductField.UNIT, "kg")).id();
        harvest = f.harvest(f.mai, f.maiPlot, 100, 0);
        TraceEvent blend = f.app.eventRecorder().record(EventDraft.of(EventKind.PROCESSING, TraceFixture.at(1, 9)).at(f.dryer)
                .step(ProcessStep.BLENDING).take(harvest, 100).make(Lot.of(blendProduct, "kg", TraceFixture.DAY.plusDays(1)), 30));
        ours = blend.body().outputs().get(0).lot();
    }

    /** A partner's document: their lot {@link #PARTNER_LOT} went into {@code into}; and one of our lots into theirs. */
    Path partnerDocument(String into, String from) throws Exception {
        String doc = """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-11-20T10:00:00+07:00",
                 "epcisBody": {"eventList": [
                  {"type": "TransformationEvent", "eventID": "urn:uuid:6d7b5a3e-0000-4000-8000-000000000001",
                   "eventTime": "2026-11-03T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
                   "inputQuantityList": [{"epcClass": "%s", "quantity": 5, "uom": "KGM"}],
                   "outputQuantityList": [{"epcClass": "%s", "quantity": 5, "uom": "KGM"}],
                   "bizStep": "commissioning"},
                  {"type": "TransformationEvent", "eventID": "urn:uuid:6d7b5a3e-0000-4000-8000-000000000002",
                   "eventTime": "2026-11-06T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
                   "inputQuantityList": [{"epcClass": "%s", "quantity": 10, "uom": "KGM"}],
                   "outputQuantityList": [{"epcClass": "urn:epc:class:lgtin:4012345.022222.BUYER9", "quantity": 40}],
                   "bizStep": "commissioning"}
                 ]}}
                """.formatted(PARTNER_LOT, into, from);
        Path file = dir.resolve("partner.jsonld");
        Files.writeString(file, doc);
        return file;
    }

    @Test
    void aPartnersLotThatWentIntoOursIsUpstreamAndTheirLotMadeFromOursIsDownstream() throws Exception {
        String uri = f.app.lotLinks().uri(ours, null);
        assertThat(f.app.epcisImporter().importFile(partnerDocument(uri, uri), Work.NONE).added()).isEqualTo(2);

        LotGraph up = f.app.lineage().upstream(ours);
        assertThat(up.lots().values()).extracting(LotNode::code).contains("4444");
        assertThat(up.lots().keySet()).contains(harvest);
        assertThat(up.into(ours)).anySatisfy(l -> {
            assertThat(l.external()).isTrue();
            assertThat(l.step()).isEqualTo(LotLink.EXTERNAL);
            assertThat(up.lots().get(l.parentId()).code()).isEqualTo("4444");
        });
        assertThat(up.into(ours)).anySatisfy(l -> assertThat(l.external()).isFalse()); // our own blending is still there

        LotGraph down = f.app.lineage().downstream(harvest);
        assertThat(down.lots().values()).extracting(LotNode::code).contains("BUYER9");

        List<ExternalEntry> history = f.app.events().externalHistory(ours);
        assertThat(history).extracting(ExternalEntry::role).containsExactly("output", "input");
        assertThat(history).allMatch(ExternalEntry::external);

        Recall recall = f.app.recalls().recall(harvest);
        assertThat(recall.partnerEvents().stream().map(ExternalEntry::eventId).distinct()).hasSize(2); // one entry per lot named
        assertThat(recall.partnerEvents()).extracting(ExternalEntry::role).contains("input", "output");
        assertThat(recall.lotsReached()).isEqualTo(2); // our blend and the buyer's lot made from it
    }

    @Test
    void withoutPartnerEventsLineageIsUnchanged() {
        LotGraph up = f.app.lineage().upstream(ours);
        assertThat(up.lots().keySet()).containsExactlyInAnyOrder(ours, harvest);
        assertThat(up.links()).noneMatch(LotLink::external);
    }
}
