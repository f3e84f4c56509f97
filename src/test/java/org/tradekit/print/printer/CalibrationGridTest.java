package org.tradekit.print.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.i18n.Messages;
import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;

/**
 * Test grids read back from the PDF: text, size, and every label's outline and crosshair where
 * the stock says, found in a 300 dpi rendering; then the whole calibration loop on a simulated
 * misaligned printer: measure the uncalibrated grid, calibrate, and the calibrated grid is centred.
 */
class CalibrationGridTest {
    static final double PX_PER_MM = 300 / 25.4;
    static final double PT = 72 / 25.4;

    @TempDir
    static Path dir;

    static LabelStock l7160;
    static LabelStock roll;

    @BeforeAll
    static void stock() {
        StockCatalogue catalogue = StockCatalogue.open(dir);
        l7160 = catalogue.require("Avery L7160");
        roll = catalogue.require("Roll 50x30 mm");
    }

    @Test
    void anA4GridNamesPrinterAndStockInVietnameseAndHasEachLabelsOutlineAndCrosshair() throws Exception {
        Path pdf = dir.resolve("luoi.pdf");
        CalibrationGrid.write(l7160, "Canon LBP2900", Messages.of("vi"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth() / PT).isCloseTo(210, within(0.01));
            assertThat(doc.getPage(0).getMediaBox().getHeight() / PT).isCloseTo(297, within(0.01));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Lưới hiệu chỉnh: Avery L7160 trên Canon LBP2900",
                    "Ở nhãn 1, đo dấu chữ thập cách tâm nhãn thật", "thanh 100 mm (ngang) và thanh 100 mm (dọc)",
                    "không chọn \"vừa trang\"", "100 mm");
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            BufferedImage img = render(doc, Calibration.IDENTITY, null);
            for (int n = 1; n <= l7160.labelsPerPage(); n++) {
                LabelPlacement p = l7160.position(n);
                double x = p.x().mm();
                double y = p.y().mm();
                double w = l7160.shape().width().mm();
                double h = l7160.shape().height().mm();
                assertThat(dark(img, x, y + h / 2)).as("left edge of label %d", n).isTrue();
                assertThat(dark(img, x + w, y + h / 2)).as("right edge of label %d", n).isTrue();
                assertThat(dark(img, x + w / 2, y + h)).as("bottom edge of label %d", n).isTrue();
                double[] cross = crosshair(img, x + w / 2, y + h / 2);
                assertThat(cross[0]).as("crosshair x of label %d", n).isCloseTo(x + w / 2, within(0.1));
                assertThat(cross[1]).as("crosshair y of label %d", n).isCloseTo(y + h / 2, within(0.1));
            }
            assertThat(dark(img, 10, 2)).as("ruler tick at 10 mm").isTrue();
            assertThat(dark(img, 12.5, 0.5)).as("ruler tick at 12 mm").isFalse();
            assertThat(dark(img, 2, 150)).as("ruler tick at 150 mm down").isTrue();
        }
    }

    @Test
    void aRollLabelsGridFitsShorterBarsAndOneLineOfNames() throws Exception {
        Path pdf = dir.resolve("roll.pdf");
        CalibrationGrid.write(roll, "XP-365B", Messages.of("en"), pdf);
        var g = CalibrationGrid.geometry(roll);
        assertThat(g.barXMm()).isEqualTo(30);
        assertThat(g.barYMm()).isEqualTo(10);
        assertThat(g.centreXMm()).isEqualTo(25);
        assertThat(g.centreYMm()).isEqualTo(15);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth() / PT).isCloseTo(50, within(0.01));
            assertThat(doc.getPage(0).getMediaBox().getHeight() / PT).isCloseTo(30, within(0.01));
            assertThat(new PDFTextStripper().getText(doc)).contains("Calibration grid: Roll 50x30 mm on XP-365B", "30 mm",
                    "10 mm");
            double[] cross = crosshair(render(doc, Calibration.IDENTITY, null), 25, 15);
            assertThat(cross[0]).isCloseTo(25, within(0.1));
            assertThat(cross[1]).isCloseTo(15, within(0.1));
        }
    }

    @Test
    void measuringTheGridOfAMisalignedPrinterGivesACalibrationThatCentresTheNextGrid() throws Exception {
        Path pdf = dir.resolve("grid.pdf");
        CalibrationGrid.write(l7160, "Canon LBP2900", Messages.of("en"), pdf);
        double[] printer = { 1.006, 1.3, 0.994, -0.9 }; // stretches x 0.6 %, shrinks y 0.6 %, shifts 1.3 mm right, 0.9 mm up
        var g = CalibrationGrid.geometry(l7160);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage first = render(doc, Calibration.IDENTITY, printer);
            double[] landed = crosshair(first, g.centreXMm(), g.centreYMm());
            // what the user reads with a ruler: the crosshair's distance from the label's centre, the bars' length
            Measurement m = new Measurement(landed[0] - g.centreXMm(), landed[1] - g.centreYMm(),
                    printer[0] * g.barXMm(), printer[2] * g.barYMm());

            Calibration cal = CalibrationGrid.calibration(l7160, m);
            BufferedImage second = render(doc, cal, printer);

            for (int n : new int[] { 1, 11, 21 }) {
                LabelPlacement p = l7160.position(n);
                double cx = p.x().mm() + l7160.shape().width().mm() / 2;
                double cy = p.y().mm() + l7160.shape().height().mm() / 2;
                double[] before = crosshair(first, cx, cy);
                double[] after = crosshair(second, cx, cy);
                assertThat(Math.hypot(before[0] - cx, before[1] - cy)).as("label %d uncalibrated", n).isGreaterThan(0.7);
                assertThat(after[0]).as("label %d x", n).isCloseTo(cx, within(0.12));
                assertThat(after[1]).as("label %d y", n).isCloseTo(cy, within(0.12));
            }
        }
    }

    /**
     * The page at 300 dpi as a printer would put it on paper: the calibration applied as
     * PdfPrinter applies it, then (when given) a printer's own error {ax, bx mm, ay, by mm}.
     */
    static BufferedImage render(PDDocument doc, Calibration cal, double[] printer) throws Exception {
        var box = doc.getPage(0).getMediaBox();
        int w = (int) Math.ceil(box.getWidth() / PT * PX_PER_MM);
        int h = (int) Math.ceil(box.getHeight() / PT * PX_PER_MM);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.setBackground(Color.WHITE); // renderPageToGraphics clears the page with it
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(PX_PER_MM / PT, PX_PER_MM / PT); // from here on: points, origin at the paper's top-left
            if (printer != null) {
                g.translate(printer[1] * PT, printer[3] * PT);
                g.scale(printer[0], printer[2]);
            }
            g.translate(cal.dxMm() * PT, cal.dyMm() * PT);
            g.scale(cal.scaleX(), cal.scaleY());
            new PDFRenderer(doc).renderPageToGraphics(0, g);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The crosshair near (x, y) mm: the column and the row with the most ink within 3.5 mm, in mm. */
    static double[] crosshair(BufferedImage img, double xMm, double yMm) {
        int r = (int) (3.5 * PX_PER_MM);
        int cx = (int) Math.round(xMm * PX_PER_MM);
        int cy = (int) Math.round(yMm * PX_PER_MM);
        double[] cols = new double[2 * r + 1];
        double[] rows = new double[2 * r + 1];
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                double ink = 255 - (img.getRGB(cx + dx, cy + dy) & 0xff);
                cols[dx + r] += ink;
                rows[dy + r] += ink;
            }
        }
        return new double[] { (cx + centroidOfPeak(cols) - r) / PX_PER_MM, (cy + centroidOfPeak(rows) - r) / PX_PER_MM };
    }

    /** The ink-weighted centre of the strongest line and its neighbours (a 0.15 mm line covers about 2 pixels). */
    private static double centroidOfPeak(double[] v) {
        int peak = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[peak]) {
                peak = i;
            }
        }
        double sum = 0;
        double weighted = 0;
        for (int i = Math.max(0, peak - 2); i <= Math.min(v.length - 1, peak + 2); i++) {
            sum += v[i];
            weighted += v[i] * i;
        }
        return weighted / sum + 0.5; // pixel i covers i..i+1
    }

    static boolean dark(BufferedImage img, double xMm, double yMm) {
        int x = (int) Math.round(xMm * PX_PER_MM);
        int y = (int) Math.round(yMm * PX_PER_MM);
        int darkest = 255;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                darkest = Math.min(darkest, img.getRGB(x + dx, y + dy) & 0xff);
            }
        }
        return darkest < 160;
    }
}
