package org.tradekit.trace.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.coop.CoopProfile;
import org.tradekit.gs1.Gs1Exception;
import org.tradekit.i18n.Messages;
import org.tradekit.trace.TraceException;
import org.tradekit.trace.TraceFixture;
import org.tradekit.trace.TraceTestBase;
import org.tradekit.trace.epcis.EpcisDocumentReader;
import org.tradekit.trace.epcis.EpcisImportException;
import org.tradekit.trace.epcis.ObjectEvent;
import org.tradekit.trace.epcis.TransformationEvent;
import org.tradekit.trace.event.DocumentType;
import org.tradekit.trace.event.ErrorReason;
import org.tradekit.trace.event.EventDraft;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.Party;
import org.tradekit.trace.event.PartyType;
import org.tradekit.trace.event.ProcessStep;
import org.tradekit.trace.event.TraceEvent;
import org.tradekit.trace.lot.Lot;
import org.tradekit.work.Work;

/** EPCIS export and import and lot links over chains recorded on a real data directory. */
class TraceExchangeTest extends TraceTestBase {
    static final String DOMAIN = "truyxuat.htx-shan.vn";
    static final Path EXAMPLES = Path.of("src/test/resources/gs1-epcis/examples-json");

    String h1;
    String h2;
    String dried;
    TraceEvent shipment;
    TraceEvent wrongShipment;

    @BeforeEach
    void chain() {
        setDomain(f.app, DOMAIN);
        h1 = f.harvest(f.mai, f.maiPlot, 120, 0);
        h2 = f.harvest(f.pao, f.paoPlot, 80, 0);
        TraceEvent drying = f.process(ProcessStep.DRYING, f.driedTea, new String[] {h1, h2}, new double[] {120, 80},
                new double[] {44}, 1);
        dried = drying.body().outputs().get(0).lot();
        shipment = f.app.eventRecorder().record(EventDraft.of(EventKind.SHIPPING, TraceFixture.at(3, 14)).at(f.warehouse)
                .take(dried, 10).to(Party.of(PartyType.BUYER, "Tokyo Green Tea Co., Ltd.")).document(DocumentType.INVOICE, "HD 0042/2026"));
        wrongShipment = f.app.eventRecorder().record(EventDraft.of(EventKind.SHIPPING, TraceFixture.at(4, 14)).at(f.warehouse)
                .take(dried, 5).to(Party.of(PartyType.FAIR, "Hội chợ <OCOP> & \"Hà Giang\"")));
        f.app.eventRecorder().declareError(wrongShipment.id(), ErrorReason.INCORRECT_DATA, TraceFixture.at(5, 9), "Lan", null,
                List.of(EventDraft.of(EventKind.SHIPPING, TraceFixture.at(4, 14)).at(f.warehouse).take(dried, 4)
                        .to(Party.of(PartyType.FAIR, "Hội chợ OCOP Hà Giang"))));
    }

    static void setDomain(AppContext app, String domain) {
        CoopProfile p = app.coopProfile().load().orElse(CoopProfile.empty());
        app.coopProfile().save(new CoopProfile(p.id(), "HTX Chè Shan Tuyết", "Shan Tuyet Tea Coop", null, "Hà Giang", null,
                null, null, null, null, domain, p.currency()));
    }

    List<EpcisDocumentReader.ImportedEvent> read(Path file) throws IOException {
        List<EpcisDocumentReader.ImportedEvent> out = new ArrayList<>();
        new EpcisDocumentReader().read(file, Work.NONE, out::add);
        return out;
    }

    @Test
    void aLotsHistoryValidatesAgainstGs1sSchemaAndHoldsItsWholeChain() throws IOException {
        Path file = dir.resolve("dried.jsonld");
        EpcisExporter.Result r = f.app.epcisExporter().exportLot(dried, file, Work.NONE);

        assertThat(new EpcisDocumentReader().check(file, Work.NONE)).isEmpty(); // GS1's schema + the rules it cannot say
        List<EpcisDocumentReader.ImportedEvent> events = read(file);
        assertThat(events).hasSize((int) r.events()).hasSize(7); // 2 harvests, drying, 2 shipments, the declaration and its correction
        String text = Files.readString(file);
        assertThat(text).contains("\"bizStep\":\"commissioning\"", "\"bizStep\":\"shipping\"", "\"uom\":\"KGM\"",
                "+07:00", "https://" + DOMAIN + "/p/TEA-DRY/10/", "cbvmda:harvestStartDate", "\"errorDeclaration\"",
                "\"declarationTime\"", "\"tk:declares\":\"urn:uuid:" + wrongShipment.id() + "\"", "\"type\":\"inv\"")
                .doesNotContain("harvesting");
        ObjectEvent firstHarvest = (ObjectEvent) events.get(0).event();
        assertThat(firstHarvest.ilmd()).isNotNull();
        assertThat(firstHarvest.quantityList().get(0).epcClass()).startsWith("https://" + DOMAIN + "/p/TEA-LEAF/10/");
        assertThat(events).anySatisfy(e -> assertThat(e.event()).isInstanceOf(TransformationEvent.class));
        assertThat(events).anySatisfy(e -> assertThat(e.event().fields().errorDeclaration()).isNotNull());
    }

    @Test
    void aDateRangeStreamsEveryEventOfItAndNothingElse() throws IOException {
        Path file = dir.resolve("range.jsonld");
        var r = f.app.epcisExporter().exportRange(TraceFixture.at(3, 0).toInstant(), TraceFixture.at(4, 23).toInstant(), file,
                Work.NONE);
        assertThat(new EpcisDocumentReader().check(file, Work.NONE)).isEmpty();
        assertThat(read(file)).extracting(e -> e.identity())
                .contains("urn:uuid:" + shipment.id(), "urn:uuid:" + wrongShipment.id()).hasSize((int) r.events());
        assertThat(r.events()).isEqualTo(3); // the shipment, the wrong one and its correction (same time)
    }

    @Test
    void withoutADomainTheExportSaysWhatToSetAndWritesNothing() {
        setDomain(f.app, null);
        Path file = dir.resolve("none.jsonld");
        assertThatThrownBy(() -> f.app.epcisExporter().exportLot(dried, file, Work.NONE))
                .isInstanceOfSatisfying(TraceException.class, e -> assertThat(e.key()).isEqualTo("trace.io.error.noDomain"));
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("none.jsonld.part")).doesNotExist();
    }

    @Test
    void gs1ExamplesImportOnceAndReimportAddsNothing() {
        Path transformation = EXAMPLES.resolve("Example_9.6.4-TransformationEvent.jsonld");
        long changesBefore = changes();
        EpcisImporter.Result r = f.app.epcisImporter().importFile(transformation, Work.NONE);
        assertThat(r.events()).isEqualTo(1);
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.lotsCreated()).isEqualTo(2); // two lgtin classes; the idpat is not a lot
        assertThat(changes()).isGreaterThan(changesBefore); // in the change log: sync ships it
        assertThat(count("SELECT count(*) FROM trace_external_event WHERE document_sha256 = ?", r.documentSha256())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM lot WHERE epc_class LIKE 'https://id.gs1.org/01/%'")).isEqualTo(2);

        EpcisImporter.Result again = f.app.epcisImporter().importFile(transformation, Work.NONE);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyKnown()).isEqualTo(1);
        assertThat(again.lotsCreated()).isZero();

        EpcisImporter.Result objects = f.app.epcisImporter().importFile(EXAMPLES.resolve("Example_9.6.1-ObjectEvent.jsonld"),
                Work.NONE);
        assertThat(objects.added()).isEqualTo(objects.events()).isPositive();
        assertThat(count("SELECT count(*) FROM trace_external_event")).isEqualTo(1 + objects.events());
    }

    @Test
    void anInvalidDocumentIsRefusedWithItsReasonsAndChangesNothing() {
        long before = changes();
        Path bad = Path.of("src/test/resources/openepcis/2.0/EPCIS/JSON/Capture/Invalid/ObjectEvent_with_invalid_action.json");
        assertThatThrownBy(() -> f.app.epcisImporter().importFile(bad, Work.NONE))
                .isInstanceOfSatisfying(EpcisImportException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.report(Messages.of("en"))).contains("action");
                });
        assertThat(changes()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM trace_external_event")).isZero();
    }

    @Test
    void ourOwnExportImportedElsewhereMatchesTheProductsLots() throws IOException {
        Path file = dir.resolve("dried.jsonld");
        f.app.epcisExporter().exportLot(dried, file, Work.NONE);
        Path other = dir.resolve("buyer");
        try (AppContext buyer = TestContexts.open(other)) {
            setDomain(buyer, "buyer.example.com");
            EpcisImporter.Result r = buyer.epcisImporter().importFile(file, Work.NONE);
            assertThat(r.added()).isEqualTo(r.events());
            assertThat(r.lotsCreated()).isEqualTo(3); // two harvest lots and the dried lot, each once
        }
    }

    @Test
    void aLotsLinkReadsBackToItAndBadLinksSayWhy() {
        String code = f.app.lots().find(dried).orElseThrow().code();
        String uri = f.app.lotLinks().uri(dried, null);
        assertThat(uri).isEqualTo("https://" + DOMAIN + "/p/TEA-DRY/10/" + code);
        LotLinks.Resolved back = f.app.lotLinks().resolve("  " + uri.toUpperCase().replace("HTTPS://" + DOMAIN.toUpperCase(),
                "https://" + DOMAIN).replace("/P/TEA-DRY/10/", "/p/TEA-DRY/10/") + "\n");
        assertThat(back.lotId()).isEqualTo(dried);
        assertThat(back.productId()).isEqualTo(f.driedTea);

        assertThatThrownBy(() -> f.app.lotLinks().resolve("https://other.example.com/p/TEA-DRY/10/" + code))
                .isInstanceOf(Gs1Exception.class);
        assertThatThrownBy(() -> f.app.lotLinks().resolve("https://" + DOMAIN + "/01/09520123456789/10/X1"))
                .isInstanceOf(Gs1Exception.class); // wrong check digit (…788 is right)
        assertThatThrownBy(() -> f.app.lotLinks().resolve("https://" + DOMAIN + "/p/TEA-DRY/10/NO-SUCH-LOT"))
                .isInstanceOfSatisfying(TraceException.class, e -> assertThat(e.key()).isEqualTo("trace.io.link.unknownLot"));
        assertThat(f.app.lotLinks().uri(dried, "S-1")).endsWith("/10/" + code + "/21/S-1");
    }

    @Test
    void withoutADomainALinkSaysSo() {
        setDomain(f.app, null);
        assertThatThrownBy(() -> f.app.lotLinks().uri(dried, null))
                .isInstanceOfSatisfying(Gs1Exception.class, e -> assertThat(e.key()).isEqualTo("gs1.link.error.noDomain"));
    }

    long changes() {
        return count("SELECT count(*) FROM change");
    }

    long count(String sql, Object... args) {
        return f.app.database().read(c -> {
            try (var ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
