package org.tradekit.trace.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradekit.i18n.Messages;
import org.tradekit.trace.TraceException;
import org.tradekit.trace.TraceFixture;
import org.tradekit.trace.TraceTestBase;
import org.tradekit.trace.event.DocumentType;
import org.tradekit.trace.event.EventDocument;
import org.tradekit.trace.event.EventDraft;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.Party;
import org.tradekit.trace.event.PartyType;
import org.tradekit.trace.event.ProcessStep;
import org.tradekit.trace.event.TraceEvent;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.recall.Recall;
import org.tradekit.trace.recall.RecallCsv;
import org.tradekit.trace.recall.RecallPdf;
import org.tradekit.label.record.PrintRunDraft;
import org.tradekit.label.record.SerialRange;
import org.tradekit.trace.recall.Recipient;

/**
 * Three harvests; two are dried together, sorted into two grades, packed into three lots of packs
 * that go to a buyer, a fair and a customer; the third harvest goes to another buyer.
 */
class LineageRecallTest extends TraceTestBase {
    String h1;
    String h2;
    String h3;
    String dried;
    String grade1;
    String grade2;
    String p1;
    String p2;
    String p3;

    @BeforeEach
    void chain() {
        h1 = f.harvest(f.mai, f.maiPlot, 100, 0);
        h2 = f.harvest(f.pao, f.paoPlot, 80, 0);
        h3 = f.harvest(f.sinh, f.sinhPlot, 60, 0);
        dried = out(f.process(ProcessStep.DRYING, f.driedTea, new String[] {h1, h2}, new double[] {100, 80},
                new double[] {45}, 1), 0);
        TraceEvent sorted = f.process(ProcessStep.SORTING, f.driedTea, new String[] {dried}, new double[] {45},
                new double[] {25, 18}, 2);
        grade1 = out(sorted, 0);
        grade2 = out(sorted, 1);
        TraceEvent packed1 = f.app.eventRecorder().record(EventDraft.of(EventKind.PACKING, TraceFixture.at(3, 8)).at(f.warehouse)
                .take(grade1, 20).make(pack(), 50).make(pack(), 50));
        p1 = out(packed1, 0);
        p2 = out(packed1, 1);
        p3 = out(f.app.eventRecorder().record(EventDraft.of(EventKind.PACKING, TraceFixture.at(3, 9)).at(f.warehouse)
                .take(grade2, 10).make(pack(), 50)), 0);
        ship(p1, 30, Party.of(PartyType.BUYER, "Tokyo Green Tea Co., Ltd."), 5);
        ship(p2, 20, Party.of(PartyType.FAIR, "Hội chợ OCOP Hà Giang 2026"), 6);
        f.app.eventRecorder().record(EventDraft.of(EventKind.SALE, TraceFixture.at(7, 15)).at(f.booth).take(p3, 5)
                .to(Party.of(PartyType.CONSUMER, "Khách lẻ")));
        ship(h3, 10, Party.of(PartyType.BUYER, "Công ty Khác"), 4);
    }

    private Lot pack() {
        return Lot.of(f.teaPack, "pcs", TraceFixture.DAY.plusDays(3));
    }

    private void ship(String lot, double qty, Party to, int day) {
        f.app.eventRecorder().record(EventDraft.of(EventKind.SHIPPING, TraceFixture.at(day, 14)).at(f.warehouse).take(lot, qty)
                .to(to).document(DocumentType.INVOICE, "HD-" + day).document(DocumentType.DESPATCH_ADVICE, "PGH-" + day));
    }

    private static String out(TraceEvent e, int i) {
        return e.body().outputs().get(i).lot();
    }

    @Test
    void aRecallFollowsAHarvestThroughEveryStepToEveryRecipient() {
        Recall r = f.app.recalls().recall(h1);
        assertThat(r.lot().code()).isEqualTo("TEA-LEAF-261102-1");
        assertThat(r.lotsReached()).isEqualTo(6);
        assertThat(r.recipients()).extracting(Recipient::type, Recipient::name, Recipient::deliveries).containsExactly(
                org.assertj.core.groups.Tuple.tuple("buyer", "Tokyo Green Tea Co., Ltd.", 1),
                org.assertj.core.groups.Tuple.tuple("consumer", "Khách lẻ", 1),
                org.assertj.core.groups.Tuple.tuple("fair", "Hội chợ OCOP Hà Giang 2026", 1));
        assertThat(r.recipients().get(0).quantities()).containsOnlyKeys("pcs");
        assertThat(r.recipients().get(0).quantities().get("pcs")).isEqualByComparingTo("30");
        assertThat(r.deliveries()).extracting(Delivery::lotId).containsExactly(p1, p2, p3);
        assertThat(r.deliveries().get(0).documents()).containsExactly(EventDocument.of(DocumentType.INVOICE, "HD-5"),
                EventDocument.of(DocumentType.DESPATCH_ADVICE, "PGH-5"));
        assertThat(r.inStock()).extracting(LotNode::lotId).containsExactlyInAnyOrder(grade1, grade2, p1, p2, p3);
        assertThat(r.inStock()).filteredOn(n -> n.lotId().equals(p3)).singleElement()
                .satisfies(n -> assertThat(n.stock()).isEqualByComparingTo("45"));

        assertThat(f.app.recalls().recall(h2).recipients()).hasSize(3);
        Recall other = f.app.recalls().recall(h3);
        assertThat(other.recipients()).extracting(Recipient::name).containsExactly("Công ty Khác");
        assertThat(other.inStock()).extracting(LotNode::lotId).containsExactly(h3);
    }

    @Test
    void oneShipmentOfSeveralLotsIsOneDeliveryToItsRecipient() {
        f.app.eventRecorder().record(EventDraft.of(EventKind.SHIPPING, TraceFixture.at(9, 14)).take(p1, 5).take(p2, 5)
                .to(Party.of(PartyType.BUYER, "Seoul Natural Foods")));
        Recipient seoul = f.app.recalls().recall(h1).recipients().stream().filter(r -> r.name().equals("Seoul Natural Foods"))
                .findFirst().orElseThrow();
        assertThat(seoul.deliveries()).isEqualTo(1);
        assertThat(seoul.quantities().get("pcs")).isEqualByComparingTo("10");
    }

    @Test
    void upstreamGoesBackToTheMembersAndTheirPlots() {
        LotGraph up = f.app.lineage().upstream(p1);
        assertThat(up.lots()).containsOnlyKeys(p1, grade1, dried, h1, h2);
        assertThat(up.links()).hasSize(4);
        assertThat(up.into(dried)).extracting(LotLink::parentId).containsExactlyInAnyOrder(h1, h2);
        assertThat(up.into(dried)).allSatisfy(l -> assertThat(l.step()).isEqualTo("drying"));
        assertThat(up.lots().values()).filteredOn(LotNode::fromMember)
                .extracting(LotNode::memberName, LotNode::plotName).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Lò Thị Mai", "Đồi chè 1"),
                        org.assertj.core.groups.Tuple.tuple("Giàng A Páo", "Nương sau nhà"));
    }

    @Test
    void downstreamExpandsALevelAtATime() {
        Lineage l = f.app.lineage().lineage(h1);
        LotGraph down = l.downstream();
        assertThat(down.from(h1)).extracting(LotLink::childId).containsExactly(dried);
        assertThat(down.from(dried)).extracting(LotLink::childId).containsExactlyInAnyOrder(grade1, grade2);
        assertThat(down.from(grade1)).extracting(LotLink::childId, LotLink::step).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(p1, "packing"), org.assertj.core.groups.Tuple.tuple(p2, "packing"));
        assertThat(down.root().productNameVi()).isEqualTo("Chè búp tươi");
        assertThat(l.upstream().size()).isZero();
        assertThat(l.deliveries()).hasSize(3);
        assertThatThrownBy(() -> f.app.lineage().lineage("no-such-lot")).isInstanceOf(TraceException.class);
    }

    @Test
    void aRetractedProcessingStepNoLongerLinksItsLots() {
        TraceEvent wrong = f.process(ProcessStep.BLENDING, f.driedTea, new String[] {h3}, new double[] {5}, new double[] {4}, 8);
        assertThat(f.app.recalls().recall(h3).lotsReached()).isEqualTo(1);
        f.app.eventRecorder().declareError(wrong.id(), org.tradekit.trace.event.ErrorReason.DID_NOT_OCCUR,
                TraceFixture.at(9, 8), null, null, List.of());
        assertThat(f.app.recalls().recall(h3).lotsReached()).isZero();
        assertThat(f.app.lots().stock(h3)).isEqualByComparingTo("50");
    }

    @Test
    void theRecallAsCsvHasLocalizedHeadersAndOneRowPerDeliveryAndStock() throws Exception {
        Path csv = dir.resolve("thu-hoi.csv");
        RecallCsv.write(f.app.recalls().recall(h1), csv, new Messages(Messages.VI));
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.read(); // the byte order mark
            List<CSVRecord> rows = CSVFormat.DEFAULT.parse(in).getRecords();
            assertThat(rows.get(0).toList()).containsExactly("Dòng", "Ngày", "Loại nơi nhận", "Nơi nhận", "Chứng từ", "Lô",
                    "SKU", "Sản phẩm", "Số lượng", "Đơn vị");
            assertThat(rows).hasSize(1 + 3 + 5);
            assertThat(rows.get(1).toList()).containsExactly("Xuất hàng", "2026-11-07T14:00:00+07:00", "Người mua",
                    "Tokyo Green Tea Co., Ltd.", "Hóa đơn HD-5; Phiếu giao hàng PGH-5", "TEA-200-261105-1", "TEA-200",
                    "Chè Shan Tuyết túi 200g", "30", "pcs");
            assertThat(rows.get(4).get(0)).isEqualTo("Tồn kho");
        }
    }

    @Test
    void theRecallListsTheLabelsPrintedForTheLotsItReachesWithTheirSerialRanges() throws Exception {
        SerialRange packs = f.app.printRuns().reserve(p1, 50);
        f.app.printRuns().record(new PrintRunDraft(p1, "trace", "Avery L7160", 50, 1, packs, "vi", "goi.pdf"));
        SerialRange elsewhere = f.app.printRuns().reserve(h3, 10); // a lot the recall does not reach
        f.app.printRuns().record(new PrintRunDraft(h3, "trace", "Avery L7160", 10, 1, elsewhere, "vi", "khac.pdf"));

        Recall r = f.app.recalls().recall(h1);
        assertThat(r.printRuns()).singleElement().satisfies(p -> {
            assertThat(p.lotCode()).isEqualTo(f.app.lots().find(p1).orElseThrow().code());
            assertThat(p.run().serials()).isEqualTo(packs);
        });
        Path csv = dir.resolve("thu-hoi.csv");
        RecallCsv.write(r, csv, new Messages(Messages.VI));
        assertThat(Files.readString(csv)).contains("Lần in nhãn,", ",số sê-ri " + packs + ",");
        Path pdf = dir.resolve("thu-hoi.pdf");
        RecallPdf.write(r, "HTX Chè", TraceFixture.DAY, pdf, new Messages(Messages.EN));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Labels printed", "50 labels", "serials " + packs, "to goi.pdf")
                    .doesNotContain("khac.pdf");
        }
    }

    @Test
    void aLotThatFedHundredsOfPacksHasThemAllDownstream() {
        String big = f.harvest(f.mai, f.maiPlot, 500, 10);
        for (int run = 0; run < 4; run++) {
            EventDraft d = EventDraft.of(EventKind.PACKING, TraceFixture.at(11, 8 + run)).take(big, 20);
            for (int i = 0; i < 100; i++) {
                d = d.make(pack(), 1);
            }
            f.app.eventRecorder().record(d);
        }
        LotGraph down = f.app.lineage().downstream(big);
        assertThat(down.size()).isEqualTo(400);
        assertThat(down.from(big)).hasSize(400);
        assertThat(f.app.lots().stock(big)).isEqualByComparingTo("420");
    }
}
