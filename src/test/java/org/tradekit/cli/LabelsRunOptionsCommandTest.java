package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.label.record.PrintRun;
import org.tradekit.label.run.LabelPdfs;
import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.detector.Detector;

/** The print run's options beyond one lot's labels: QR error correction, copies, several lots in one run. */
class LabelsRunOptionsCommandTest {
    static final String SHEET = "Avery L7160";

    @TempDir
    Path dataDir;

    @TempDir
    Path outDir;

    String lotCode;
    String otherLot;
    LabelStock stock;

    @BeforeEach
    void twoHarvestedLots() {
        String[] other = new String[1];
        lotCode = LabelCliFixture.harvestedLot(dataDir, (app, f) -> other[0] = f.harvest(f.mai, f.maiPlot, 8, 1));
        try (AppContext app = TestContexts.open(dataDir)) {
            otherLot = app.lots().find(other[0]).orElseThrow().code();
        }
        stock = StockCatalogue.open(dataDir).require(SHEET);
    }

    CliRun labels(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        all[2] = "labels";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.en(all);
    }

    /** A QR code read back from the first label of a PDF: its content, error correction and modules per side. */
    record ReadQr(String text, String ecc, int modules) {
    }

    ReadQr firstQr(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = LabelPdfs.render(doc, 0);
            LabelPlacement at = stock.placements(1, 1).get(0);
            Result r = LabelPdfs.decodeLabel(page, at, stock, BarcodeFormat.QR_CODE);
            double px = LabelPdfs.DPI / 25.4;
            BufferedImage label = page.getSubimage((int) (at.x().mm() * px), (int) (at.y().mm() * px),
                    (int) (stock.shape().width().mm() * px), (int) (stock.shape().height().mm() * px));
            int modules = new Detector(new HybridBinarizer(new BufferedImageLuminanceSource(label)).getBlackMatrix()).detect()
                    .getBits().getWidth();
            return new ReadQr(r.getText(), String.valueOf(r.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)),
                    modules);
        }
    }

    @Test
    void errorCorrectionHMakesALargerSymbolThanLForTheSameLinkAndBothDecode() throws Exception {
        Path low = outDir.resolve("l.pdf");
        Path high = outDir.resolve("h.pdf");
        CliRun l = labels("--lot", lotCode, "--template", SHEET, "--count", "1", "--ec", "L", "--out", low.toString());
        CliRun h = labels("--lot", lotCode, "--template", SHEET, "--count", "1", "--ec", "h", "--out", high.toString());
        assertThat(l.exit()).as(l.err()).isZero();
        assertThat(h.exit()).as(h.err()).isZero();
        ReadQr qrL = firstQr(low);
        ReadQr qrH = firstQr(high);
        assertThat(qrH.text()).startsWith("https://truyxuat.example.vn/").isEqualTo(qrL.text());
        assertThat(qrL.ecc()).isEqualTo("L");
        assertThat(qrH.ecc()).isEqualTo("H");
        assertThat(qrH.modules()).as("H needs more modules than L for the same link").isGreaterThan(qrL.modules());
    }

    @Test
    void aMergeTakesTheErrorCorrectionToo() throws Exception {
        Path csv = outDir.resolve("rows.csv");
        java.nio.file.Files.writeString(csv, "name,qr\nChè,https://example.vn/a\n");
        Path pdf = outDir.resolve("m.pdf");
        CliRun r = labels("--csv", csv.toString(), "--template", SHEET, "--ec", "Q", "--out", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        ReadQr qr = firstQr(pdf);
        assertThat(qr.text()).isEqualTo("https://example.vn/a");
        assertThat(qr.ecc()).isEqualTo("Q");
    }

    @Test
    void anUnknownErrorCorrectionIsRefusedInWordsAndWritesNothing() {
        Path pdf = outDir.resolve("x.pdf");
        CliRun r = CliRun.in("vi", "--data-dir", dataDir.toString(), "labels", "--lot", lotCode, "--template", SHEET,
                "--ec", "X", "--out", pdf.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Không rõ mức sửa lỗi \"X\"");
        assertThat(pdf).doesNotExist();
    }

    /** Every label's QR code on a run's pages, in label order; null for a label without one. */
    List<String> codes(Path pdf, int labels) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int page = -1;
            BufferedImage image = null;
            for (LabelPlacement at : stock.placements(1, labels)) {
                if (at.page() != page) {
                    page = at.page();
                    image = LabelPdfs.render(doc, page);
                }
                try {
                    out.add(LabelPdfs.decodeLabel(image, at, stock, BarcodeFormat.QR_CODE).getText());
                } catch (NotFoundException blank) {
                    out.add(null);
                }
            }
        }
        return out;
    }

    List<PrintRun> runsOf(String code) {
        try (AppContext app = TestContexts.open(dataDir)) {
            return app.printRuns().runsOf(CliLots.lotId(app, code, null));
        }
    }

    @Test
    void twoCopiesOfThreeSerialisedLabelsAreSixLabelsEachSerialTwiceInARowAndTheRunIsRecordedOnce() throws Exception {
        Path pdf = outDir.resolve("copies.pdf");
        CliRun r = labels("--lot", lotCode, "--template", SHEET, "--count", "3", "--copies", "2", "--serials", "--out",
                pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote 6 labels on 1 page to ", "3 labels, 2 copies of each: 6 labels printed.");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(LabelPdfs.words(doc).split("Lot: " + lotCode, -1)).as("six labels with text").hasSize(7);
        }
        List<String> codes = codes(pdf, 7);
        assertThat(codes.subList(0, 6)).allMatch(c -> c.startsWith("https://truyxuat.example.vn/"));
        for (int pair = 0; pair < 3; pair++) {
            assertThat(codes.get(2 * pair + 1)).as("copy of label %d", pair + 1).isEqualTo(codes.get(2 * pair));
        }
        assertThat(codes.get(0)).endsWith("-1");
        assertThat(codes.get(2)).endsWith("-2");
        assertThat(codes.get(4)).endsWith("-3");
        assertThat(codes.get(6)).as("the seventh label is blank").isNull();

        List<PrintRun> runs = runsOf(lotCode);
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).labels()).isEqualTo(3);
        assertThat(runs.get(0).copies()).isEqualTo(2);
        assertThat(runs.get(0).serials().first()).isEqualTo(1);
        assertThat(runs.get(0).serials().last()).isEqualTo(3);
    }

    @Test
    void noCopiesOrMoreThanAHundredAreRefusedInWordsAndNothingIsWrittenOrRecorded() {
        for (String n : List.of("0", "101")) {
            Path pdf = outDir.resolve("c" + n + ".pdf");
            CliRun r = CliRun.in("vi", "--data-dir", dataDir.toString(), "labels", "--lot", lotCode, "--template", SHEET,
                    "--copies", n, "--serials", "--out", pdf.toString());
            assertThat(r.exit()).as(n).isEqualTo(2);
            assertThat(r.err()).contains("Không thể in " + n + " bản: mỗi nhãn in từ 1 đến 100 bản.");
            assertThat(pdf).doesNotExist();
        }
        assertThat(runsOf(lotCode)).isEmpty();
    }

    @Test
    void twoLotsInOneRunFollowEachOtherOnTheSameSheetsEachWithItsOwnSerialsLinksAndRecord() throws Exception {
        Path pdf = outDir.resolve("two.pdf");
        CliRun r = labels("--lot", lotCode, "--count", "16", "--lot", otherLot, "--count", "10", "--template", SHEET,
                "--serials", "--out", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote 26 labels on 2 pages", "Lot " + lotCode + ": recorded the print run: serials",
                "Lot " + otherLot + ": recorded the print run: serials");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).as("16 + 10 labels of 21 a sheet").isEqualTo(2);
        }
        List<String> codes = codes(pdf, 27);
        List<PrintRun> a = runsOf(lotCode);
        List<PrintRun> b = runsOf(otherLot);
        assertThat(a).hasSize(1);
        assertThat(b).hasSize(1);
        assertThat(a.get(0).labels()).isEqualTo(16);
        assertThat(b.get(0).labels()).isEqualTo(10);
        assertThat(a.get(0).destination()).isEqualTo("two.pdf").isEqualTo(b.get(0).destination());
        assertThat(b.get(0).serials().first()).as("each lot numbers its own serials").isEqualTo(1);
        try (AppContext app = TestContexts.open(dataDir)) {
            for (int i = 0; i < 16; i++) {
                assertThat(codes.get(i)).isEqualTo(app.lotLinks().uri(a.get(0).lotId(), a.get(0).serials().serial(i)));
            }
            for (int i = 0; i < 10; i++) {
                assertThat(codes.get(16 + i)).as("lot B's label %d right after lot A's last", i + 1)
                        .isEqualTo(app.lotLinks().uri(b.get(0).lotId(), b.get(0).serials().serial(i)));
            }
        }
        assertThat(codes.get(26)).isNull();
    }

    @Test
    void oneLotWithoutACountIsStillOneLabelButSeveralLotsNeedACountEach() {
        CliRun one = labels("--lot", lotCode, "--template", SHEET, "--out", outDir.resolve("one.pdf").toString());
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.out()).startsWith("Wrote 1 label on 1 page ").contains("Recorded the print run: no serials.");

        Path pdf = outDir.resolve("bad.pdf");
        CliRun missing = CliRun.in("vi", "--data-dir", dataDir.toString(), "labels", "--lot", lotCode, "--count", "3",
                "--lot", otherLot, "--template", SHEET, "--out", pdf.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("Có 2 --lot nhưng 1 --count");
        CliRun twice = labels("--lot", lotCode, "--count", "3", "--lot", lotCode, "--count", "2", "--template", SHEET,
                "--out", pdf.toString());
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("Lot " + lotCode + " is named twice");
        assertThat(pdf).doesNotExist();
        assertThat(runsOf(otherLot)).isEmpty();
    }
}
