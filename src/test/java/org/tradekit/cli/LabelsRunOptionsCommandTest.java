package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.label.run.LabelPdfs;
import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;

import com.google.zxing.BarcodeFormat;
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
    LabelStock stock;

    @BeforeEach
    void aHarvestedLot() {
        lotCode = LabelCliFixture.harvestedLot(dataDir, (app, f) -> { });
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
}
