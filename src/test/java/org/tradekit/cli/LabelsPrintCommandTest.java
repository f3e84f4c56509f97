package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tradekit labels --lot LOT --template NAME --count N --out FILE.pdf ...} as a user types it. */
class LabelsPrintCommandTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path outDir;

    String lotCode;

    @BeforeEach
    void aHarvestedLot() {
        lotCode = LabelCliFixture.harvestedLot(dataDir, (app, f) -> { });
    }

    @Test
    void printsARunStartingAtLabelSevenToThePdfAndSaysWhatItWrote() throws Exception {
        Path pdf = outDir.resolve("nhan.pdf");
        CliRun r = CliRun.in("vi", "--data-dir", dataDir.toString(), "labels", "--lot", lotCode, "--template", "Avery L7160",
                "--count", "40", "--start-at", "7", "--serials", "--out", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Đã ghi 40 nhãn trên 3 trang vào " + pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3); // 6 used + 40 = 46 slots of 21
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Chè búp tươi", "Lô: " + lotCode);
        }
    }

    @Test
    void anUnknownTemplateOrLotIsSaidInWordsAndWritesNothing() throws Exception {
        Path pdf = outDir.resolve("x.pdf");
        CliRun template = CliRun.en("--data-dir", dataDir.toString(), "labels", "--lot", lotCode, "--template", "Avery L9999",
                "--count", "3", "--out", pdf.toString());
        assertThat(template.exit()).isEqualTo(Cli.REFUSED);
        assertThat(template.err()).contains("Unknown label stock \"Avery L9999\"");

        CliRun lot = CliRun.in("vi", "--data-dir", dataDir.toString(), "labels", "--lot", "KHONG-CO", "--template",
                "Avery L7160", "--count", "3", "--out", pdf.toString());
        assertThat(lot.exit()).isEqualTo(Cli.REFUSED);
        assertThat(lot.err().strip()).isEqualTo("Không có lô nào có mã \"KHONG-CO\".");

        CliRun noOut = CliRun.en("--data-dir", dataDir.toString(), "labels", "--lot", lotCode, "--template", "Avery L7160");
        assertThat(noOut.exit()).isEqualTo(2);
        assertThat(noOut.err()).contains("give --template NAME and --out FILE.pdf");
        try (var files = Files.list(outDir)) {
            assertThat(files).isEmpty();
        }
    }
}
