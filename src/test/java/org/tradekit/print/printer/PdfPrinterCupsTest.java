package org.tradekit.print.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradekit.coop.CoopProfile;
import org.tradekit.i18n.Messages;
import org.tradekit.label.record.SerialRange;
import org.tradekit.label.run.LabelRunRequest;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;
import org.tradekit.trace.TraceTestBase;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Progress;
import org.tradekit.work.Work;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/**
 * Label runs printed through javax.print to a real CUPS queue whose printer is cups-pdf, and the
 * PDF it "printed" read back: paper size, the codes, the drawing, and the calibration's shift.
 * Skipped where {@code .ci/run} could not set up the queues (see {@link CupsPdf}).
 */
class PdfPrinterCupsTest extends TraceTestBase {
    static final int DPI = 300;
    static final Duration WAIT = Duration.ofSeconds(60);

    LabelStock roll;
    Path run;
    SerialRange serials;

    @BeforeEach
    void aRunOfTwoRollLabels() {
        CoopProfile p = f.app.coopProfile().load().orElse(CoopProfile.empty());
        f.app.coopProfile().save(new CoopProfile(p.id(), "HTX Chè Shan Tuyết", null, null, "Hà Giang", null, null, null,
                null, null, "truyxuat.example.vn", p.currency()));
        roll = StockCatalogue.open(dir).require("Roll 50x30 mm");
        run = dir.resolve("run.pdf");
        String lot = f.harvest(f.mai, f.maiPlot, 12, 0);
        serials = f.app.printRuns().reserve(lot, 2);
        f.app.labelRuns().print(new LabelRunRequest(lot, roll, 2, 1, "vi", serials), run, Work.NONE);
    }

    @Test
    void aRunPrintsOnPaperOfItsLabelSizeWithEveryCodeAndTheCalibrationMovesItByTheSavedOffset() throws Exception {
        CupsPdf.assumeQueue(CupsPdf.QUEUE);
        List<Progress> progress = new ArrayList<>();
        String plainJob = CupsPdf.jobName("plain");
        PdfPrinter.Result r = f.app.pdfPrinter().print(run, CupsPdf.QUEUE, Calibration.IDENTITY, plainJob,
                new Work(progress::add, new CancelToken()));
        String movedJob = CupsPdf.jobName("moved");
        f.app.pdfPrinter().print(run, CupsPdf.QUEUE, new Calibration(2.0, 1.0, 1, 1), movedJob, Work.NONE);

        assertThat(r.pages()).isEqualTo(2);
        assertThat(progress).extracting(pr -> new Messages(Messages.VI)
                .get(pr.messageKey(), pr.args())).contains("Đang gửi trang 1/2 tới TradeKitPDF",
                        "Đang gửi trang 2/2 tới TradeKitPDF");
        try (PDDocument original = Loader.loadPDF(run.toFile());
                PDDocument plain = CupsPdf.awaitOutput(plainJob, WAIT);
                PDDocument moved = CupsPdf.awaitOutput(movedJob, WAIT)) {
            assertThat(plain.getNumberOfPages()).isEqualTo(2);
            for (int page = 0; page < 2; page++) {
                PDRectangle size = plain.getPage(page).getMediaBox(); // 50 x 30 mm, not A4 or Letter
                assertThat(size.getWidth() / 72 * 25.4).isCloseTo(50, within(0.2));
                assertThat(size.getHeight() / 72 * 25.4).isCloseTo(30, within(0.2));
                BufferedImage want = render(original, page);
                BufferedImage got = render(plain, page);
                assertThat(decode(got)).isEqualTo(decode(want)).endsWith("/21/" + serials.serial(page)); // the run's first and second serials
                // text reaches the printer as glyph outlines (java.awt.print draws shapes): compare the drawing itself
                assertThat(differentPixels(want, got)).as("share of pixels that differ").isLessThan(0.01);
                int[] at = inkBox(got);
                int[] shifted = inkBox(render(moved, page));
                assertThat((shifted[0] - at[0]) * 25.4 / DPI).as("moved right, mm").isCloseTo(2.0, within(0.15));
                assertThat((shifted[1] - at[1]) * 25.4 / DPI).as("moved down, mm").isCloseTo(1.0, within(0.15));
                assertThat(decode(render(moved, page))).isEqualTo(decode(want));
            }
        }
    }

    @Test
    void aCancelStopsTheJobBeforeAnythingReachesThePrinter() throws Exception {
        CupsPdf.assumeQueue(CupsPdf.QUEUE);
        CancelToken cancel = new CancelToken();
        String job = CupsPdf.jobName("cancelled");
        Work work = new Work(p -> cancel.cancel(), cancel); // cancelled as soon as the first page is reported

        assertThatThrownBy(() -> f.app.pdfPrinter().print(run, CupsPdf.QUEUE, Calibration.IDENTITY, job, work))
                .isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> CupsPdf.awaitOutput(job, Duration.ofSeconds(5))).isInstanceOf(AssertionError.class);
    }

    @Test
    void anUnknownPrinterIsNamedWithThePrintersThereAre() {
        assertThatThrownBy(() -> f.app.pdfPrinter().print(run, "Máy in không có", Calibration.IDENTITY, Work.NONE))
                .isInstanceOfSatisfying(PrintingException.class, e -> {
                    String en = e.message(Messages.of("en"));
                    assertThat(en).startsWith("There is no printer \"Máy in không có\"");
                    if (!Printers.names().isEmpty()) {
                        assertThat(en).contains("Printers on this computer: " + String.join(", ", Printers.names()));
                    }
                    assertThat(e.message(Messages.of("vi"))).startsWith("Không có máy in \"Máy in không có\"");
                });
    }

    @Test
    void aQueueThatRejectsJobsOrIsStoppedIsSaidInWordsBeforeAnythingIsSent() {
        CupsPdf.assumeQueue(CupsPdf.REJECTING);
        CupsPdf.assumeQueue(CupsPdf.STOPPED);
        assertThatThrownBy(() -> f.app.pdfPrinter().print(run, CupsPdf.REJECTING, Calibration.IDENTITY, Work.NONE))
                .isInstanceOfSatisfying(PrintingException.class, e -> assertThat(e.message(Messages.of("en")))
                        .isEqualTo("Printer \"TradeKitRejecting\" is not accepting jobs. Turn it on or let it accept jobs"
                                + " in the system's printer settings, then try again."));
        assertThatThrownBy(() -> f.app.pdfPrinter().print(run, CupsPdf.STOPPED, Calibration.IDENTITY, Work.NONE))
                .isInstanceOfSatisfying(PrintingException.class, e -> assertThat(e.message(Messages.of("vi")))
                        .startsWith("Máy in \"TradeKitStopped\" đang dừng"));
    }

    @Test
    void aFileThatIsNotAPdfIsSaidInWordsAndNothingIsSent() throws Exception {
        CupsPdf.assumeQueue(CupsPdf.QUEUE);
        Path notPdf = dir.resolve("nhan.pdf");
        java.nio.file.Files.writeString(notPdf, "not a PDF");
        assertThatThrownBy(() -> f.app.pdfPrinter().print(notPdf, CupsPdf.QUEUE, Calibration.IDENTITY, Work.NONE))
                .isInstanceOfSatisfying(PrintingException.class, e -> assertThat(e.message(Messages.of("en")))
                        .startsWith("Cannot read the PDF " + notPdf + " to print it"));
    }

    static BufferedImage render(PDDocument doc, int page) throws Exception {
        return new PDFRenderer(doc).renderImageWithDPI(page, DPI, ImageType.GRAY);
    }

    static String decode(BufferedImage img) throws Exception {
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(img))),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, true))
                .getText();
    }

    /** Share of pixels where one image is dark and the other light. */
    static double differentPixels(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        long differ = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (dark(a, x, y) != dark(b, x, y)) {
                    differ++;
                }
            }
        }
        return (double) differ / ((long) w * h);
    }

    /** The left and top edges of everything printed, in pixels. */
    static int[] inkBox(BufferedImage img) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (dark(img, x, y)) {
                    left = Math.min(left, x);
                    top = Math.min(top, y);
                }
            }
        }
        return new int[] { left, top };
    }

    static boolean dark(BufferedImage img, int x, int y) {
        return (img.getRGB(x, y) & 0xff) < 128;
    }
}
