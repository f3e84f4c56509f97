package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.coop.CoopProfile;
import org.tradekit.print.printer.Calibration;
import org.tradekit.print.printer.Calibrations;
import org.tradekit.print.printer.CupsPdf;
import org.tradekit.trace.TraceFixture;

/**
 * {@code tradekit labels --printer / --list-printers / --calibration-grid / --calibrate} as a user
 * types them. The ones that need a printer use the CUPS-PDF queue {@code .ci/run} sets up, and are
 * skipped where it does not exist.
 */
class LabelsPrinterCommandTest {
    static final String QUEUE = CupsPdf.QUEUE;

    @TempDir
    Path dataDir;

    @TempDir
    Path outDir;

    String lotCode;

    @BeforeEach
    void aHarvestedLot() {
        try (var app = TestContexts.open(dataDir)) {
            TraceFixture f = new TraceFixture(app);
            app.coopProfile().save(new CoopProfile(null, "HTX Chè Shan Tuyết", null, null, "Hà Giang", null, null, null,
                    null, null, "truyxuat.example.vn", null));
            lotCode = app.lots().find(f.harvest(f.mai, f.maiPlot, 5, 0)).orElseThrow().code();
        }
    }

    @Test
    void aCalibrationGridGoesToAPdfInTheUsersLanguage() throws Exception {
        Path pdf = outDir.resolve("luoi.pdf");
        CliRun r = CliRun.in("vi", "--data-dir", dataDir.toString(), "labels", "--calibration-grid", "--template",
                "Roll 50x30 mm", "--out", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("Đã ghi lưới hiệu chỉnh cho \"Roll 50x30 mm\" vào " + pdf + ".");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Lưới hiệu chỉnh: Roll 50x30 mm trên mọi máy in");
        }
    }

    @Test
    void missingPartsAndUnknownPrintersAreSaidInWordsAndSaveOrWriteNothing() throws Exception {
        CliRun grid = CliRun.en("--data-dir", dataDir.toString(), "labels", "--calibration-grid", "--template", "Avery L7160");
        assertThat(grid.exit()).isEqualTo(2);
        assertThat(grid.err()).contains("give --template NAME and --printer NAME or --out FILE.pdf");

        CliRun cal = CliRun.en("--data-dir", dataDir.toString(), "labels", "--calibrate", "--template", "Avery L7160",
                "--offset-x", "1");
        assertThat(cal.exit()).isEqualTo(2);
        assertThat(cal.err()).contains("give --printer NAME, --template NAME, --offset-x MM and --offset-y MM");

        CliRun unknown = CliRun.en("--data-dir", dataDir.toString(), "labels", "--calibrate", "--printer", "Máy in ma",
                "--template", "Avery L7160", "--offset-x", "1", "--offset-y", "0");
        assertThat(unknown.exit()).isEqualTo(Cli.REFUSED);
        assertThat(unknown.err()).startsWith("There is no printer \"Máy in ma\"");

        Path pdf = outDir.resolve("nhan.pdf");
        CliRun run = CliRun.in("vi", "--data-dir", dataDir.toString(), "labels", "--lot", lotCode, "--template",
                "Avery L7160", "--printer", "Máy in ma", "--out", pdf.toString());
        assertThat(run.exit()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).startsWith("Không có máy in \"Máy in ma\"");
        assertThat(pdf).doesNotExist(); // refused before the run was drawn
        assertThat(dataDir.resolve(Calibrations.FILE_NAME)).doesNotExist();
    }

    @Test
    void aUserListsPrintersCalibratesOneAndPrintsARunWithItsCalibration() throws Exception {
        CupsPdf.assumeQueue(QUEUE);
        CliRun list = CliRun.en("labels", "--list-printers");
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines()).contains(QUEUE);

        CliRun cal = CliRun.en("--data-dir", dataDir.toString(), "labels", "--calibrate", "--printer", QUEUE, "--template",
                "Roll 50x30 mm", "--offset-x", "1.5", "--offset-y", "-0.8", "--bar-x", "30.3");
        assertThat(cal.exit()).as(cal.err()).isZero();
        Calibration saved = new Calibrations(dataDir).get(QUEUE, "Roll 50x30 mm");
        assertThat(saved.dxMm()).isCloseTo(-1.2376, org.assertj.core.data.Offset.offset(0.0001)); // -(1.5 - 0.01 * 25) / 1.01
        assertThat(saved.dyMm()).isEqualTo(0.8);
        assertThat(cal.out()).startsWith("Saved the calibration of printer \"TradeKitPDF\" for \"Roll 50x30 mm\": x -1.24 mm,"
                + " y +0.80 mm, scale x 99.01 %, y 100.00 % (in " + dataDir.resolve(Calibrations.FILE_NAME));

        String runJob = "Trade_Kit_" + lotCode; // cups-pdf names the file after the job title "Trade Kit LOT"
        String gridJob = "Trade_Kit_Roll_50x30_mm";
        CupsPdf.forget(runJob);
        CupsPdf.forget(gridJob);
        long tempsBefore = tempRuns();
        CliRun run = CliRun.in("vi", "--data-dir", dataDir.toString(), "labels", "--lot", lotCode, "--template",
                "Roll 50x30 mm", "--count", "2", "--printer", QUEUE);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Đã gửi 2 trang tới máy in \"TradeKitPDF\" cho \"Roll 50x30 mm\" (hiệu chỉnh:"
                + " x -1,24 mm, y +0,80 mm, tỉ lệ x 99,01 %, y 100,00 %)." + System.lineSeparator()
                + "Đã ghi lần in nhãn: không đánh số sê-ri."); // recorded against the lot once the spooler took it
        assertThat(tempRuns()).as("the temporary PDF is deleted").isEqualTo(tempsBefore);

        CliRun grid = CliRun.en("--data-dir", dataDir.toString(), "labels", "--calibration-grid", "--template",
                "Roll 50x30 mm", "--printer", QUEUE);
        assertThat(grid.exit()).as(grid.err()).isZero();
        assertThat(grid.out()).contains("Sent 1 page(s) to printer \"TradeKitPDF\" for \"Roll 50x30 mm\" (calibration: none)");
        try (PDDocument printed = CupsPdf.awaitOutput(runJob, Duration.ofSeconds(60));
                PDDocument printedGrid = CupsPdf.awaitOutput(gridJob, Duration.ofSeconds(60))) {
            assertThat(printed.getNumberOfPages()).isEqualTo(2);
            assertThat(printedGrid.getNumberOfPages()).isEqualTo(1);
        }
    }

    private static long tempRuns() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("tradekit-labels")).count();
        }
    }
}
