package org.tradekit.label.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.coop.CoopProfile;
import org.tradekit.gs1.AiElement;
import org.tradekit.gs1.ElementString;
import org.tradekit.gs1.Gtin;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;
import org.tradekit.trace.TraceTestBase;
import org.tradekit.trace.lot.Lot;
import org.tradekit.work.Work;

import com.google.zxing.BarcodeFormat;

/** The price, retail and carton layouts, field choice and the logo: real PDFs read back, codes decoded by ZXing. */
class LabelLayoutsTest extends TraceTestBase {
    static final String GTIN13 = Gtin.withCheckDigit("893456789012").digits();
    static final String GTIN12 = Gtin.withCheckDigit("01234567890").digits();

    LabelStock a4;
    String lot;
    String lotCode;

    @BeforeEach
    void aTeaLotWithAGtinAndAPrice() {
        CoopProfile p = f.app.coopProfile().load().orElse(CoopProfile.empty());
        f.app.coopProfile().save(new CoopProfile(p.id(), "HTX Chè Shan Tuyết", "Shan Tuyet Tea Coop", null, "Hà Giang",
                null, null, null, null, null, "truyxuat.htxchesan.vn", CoopProfile.VND));
        product(GTIN13);
        a4 = StockCatalogue.open(dir).require("A4 3x8 70x37 mm");
        lot = f.harvest(f.mai, f.maiPlot, 12, 0);
        Lot l = f.app.lots().find(lot).orElseThrow();
        f.app.lotService().save(l.withDates(l.productionDate(), null, LocalDate.of(2027, 5, 31)));
        lotCode = l.code();
    }

    void product(String gtin) {
        Product leaf = f.app.products().find(f.freshLeaf).orElseThrow();
        f.app.catalog().save(leaf.with(ProductField.GTIN, gtin).with(ProductField.PRICE_VND, 45_000L)
                .with(ProductField.NET_QUANTITY, 0.5).with(ProductField.NAME_EN, "Fresh tea buds"));
    }

    LabelRunService.Result print(LabelDesign design, String lang, int count, Path out) {
        return f.app.labelRuns().print(new LabelRunRequest(lot, a4, count, 1, lang, null), design, out, Work.NONE);
    }

    @Test
    void aPriceTagShowsTheNameThePriceInDongWithoutDecimalsTheNetQuantityAndTheGtinsEan13() throws Exception {
        Path out = dir.resolve("gia.pdf");
        var r = print(LabelDesign.of(LabelLayout.PRICE), "vi", 3, out);
        String price = new Formats(Locale.forLanguageTag("vi")).vnd(45_000);
        assertThat(price).contains("45.000").doesNotContain(",");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(LabelPdfs.words(doc).split("Chè búp tươi", -1)).hasSize(4);
            assertThat(LabelPdfs.words(doc)).contains(price, "Khối lượng tịnh: 0,5 kg");
            LabelRunTest.assertVectorWithEmbeddedFonts(doc);
            BufferedImage page = LabelPdfs.render(doc, 0);
            for (LabelPlacement at : a4.placements(1, 3)) {
                assertThat(LabelPdfs.decode(page, at, r.layout(), BarcodeFormat.EAN_13).getText()).isEqualTo(GTIN13);
            }
            assertGlyphsInsideLabels(doc, a4, a4.placements(1, 3));
        }
        assertTextClearOfTheCode(r.layout());
        assertThat(r.layout().lines()).filteredOn(l -> l.key().equals("price")).allMatch(l -> l.bold() && l.sizePt() > r.layout().bodyPt());
    }

    @Test
    void traceLabelTextStaysInsideItsLabelAndOutOfTheQrCodesSquare() throws Exception {
        Path out = dir.resolve("trace.pdf");
        var r = print(LabelDesign.DEFAULT, "vi", 3, out);
        FittedLabel.Box qr = r.layout().code().box();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<LabelPlacement> placed = a4.placements(1, 3);
            assertGlyphsInsideLabels(doc, a4, placed);
            for (LabelPdfs.Glyph g : LabelPdfs.glyphs(doc, 0)) {
                for (LabelPlacement at : placed) {
                    double left = at.x().mm() + qr.xMm();
                    double top = at.y().mm() + r.layout().heightMm() - qr.topMm();
                    boolean inside = g.x() + g.width() > left && g.x() < left + qr.widthMm() && g.top() + g.height() > top
                            && g.top() < top + qr.heightMm();
                    assertThat(inside).as("glyph %s in the QR square", g.text()).isFalse();
                }
            }
            assertThat(LabelPdfs.words(doc)).contains("Lô: " + lotCode, "HTX Chè Shan Tuyết, Hà Giang");
        }
    }

    @Test
    void aCooperativeQuotingInDollarsGetsPricesWithCentsAndAProductWithoutAPriceIsRefused() {
        CoopProfile p = f.app.coopProfile().load().orElseThrow();
        f.app.coopProfile().save(new CoopProfile(p.id(), p.nameVi(), p.nameEn(), null, p.province(), null, null, null, null,
                null, p.traceDomain(), CoopProfile.USD));
        LabelDesign price = LabelDesign.of(LabelLayout.PRICE);
        assertThatThrownBy(() -> f.app.labelRuns().source().content(lot, "en", price, null))
                .isInstanceOfSatisfying(LabelRunException.class, e -> assertThat(e.message(Messages.of("en")))
                        .isEqualTo("Product TEA-LEAF has no price in USD, so it has no price tag. Enter its price in the catalogue."));
        Product leaf = f.app.products().find(f.freshLeaf).orElseThrow();
        f.app.catalog().save(leaf.with(ProductField.EXPORT_PRICE_USD, 1250L));
        LabelContent c = f.app.labelRuns().source().content(lot, "en", price, null);
        assertThat(c.fields()).extracting(LabelText::text).startsWith("$12.50");
        assertThat(c.code()).isInstanceOf(LabelCode.Linear.class);
    }

    @Test
    void aRetailLabelCarriesEan13ForAGtin13AndUpcAForAGtin12WithTheNameAboveTheBars() throws Exception {
        Path out = dir.resolve("retail.pdf");
        var r = print(LabelDesign.of(LabelLayout.RETAIL), "en", 1, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            LabelPlacement first = a4.placements(1, 1).get(0);
            assertThat(LabelPdfs.decode(LabelPdfs.render(doc, 0), first, r.layout(), BarcodeFormat.EAN_13).getText())
                    .isEqualTo(GTIN13);
            String words = LabelPdfs.words(doc);
            assertThat(words).contains("Fresh tea buds", "Net: 0.5 kg");
            assertThat(words.replace(" ", "")).contains(GTIN13); // the digits under the bars
            assertGlyphsInsideLabels(doc, a4, List.of(first));
        }
        assertTextClearOfTheCode(r.layout());

        product(GTIN12);
        var upc = print(LabelDesign.of(LabelLayout.RETAIL), "vi", 2, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(LabelPdfs.decode(LabelPdfs.render(doc, 0), a4.placements(1, 2).get(1), upc.layout(), BarcodeFormat.UPC_A)
                    .getText()).isEqualTo(GTIN12);
        }
    }

    @Test
    void retailAndCartonLabelsRefuseAGtinTheirSymbolCannotCarryOrNoneAndWriteNothing() {
        Path out = dir.resolve("none/x.pdf");
        product("96385074"); // a valid GTIN-8
        assertThatThrownBy(() -> print(LabelDesign.of(LabelLayout.RETAIL), "en", 1, out))
                .isInstanceOfSatisfying(LabelRunException.class, e -> assertThat(e.message(Messages.of("en")))
                        .isEqualTo("GTIN 96385074 of \"Fresh tea buds\" has 8 digits: retail labels print EAN-13 (13 digits) or"
                                + " UPC-A (12 digits). A GTIN-8 needs an EAN-8 and a GTIN-14 goes on cartons (carton layout)."));
        Product leaf = f.app.products().find(f.freshLeaf).orElseThrow();
        f.app.catalog().save(leaf.with(ProductField.GTIN, null));
        for (LabelLayout layout : List.of(LabelLayout.RETAIL, LabelLayout.CARTON)) {
            assertThatThrownBy(() -> print(LabelDesign.of(layout).withPerCarton(12), "vi", 1, out))
                    .isInstanceOfSatisfying(LabelRunException.class, e -> assertThat(e.message(Messages.of("vi")))
                            .startsWith("Sản phẩm TEA-LEAF chưa có mã GTIN hợp lệ, mà nhãn " + layout.id()));
        }
        assertThat(dir.resolve("none")).doesNotExist();
        // the trace layout still prints, with the cooperative's own link
        assertThat(print(LabelDesign.DEFAULT, "vi", 1, dir.resolve("trace.pdf")).labels()).isEqualTo(1);
    }

    @Test
    void aCartonLabelCarriesGs1128WithContentGtinExpiryLotAndCountAndTheSameDataInWords() throws Exception {
        Path out = dir.resolve("thung.pdf");
        LabelStock roll = StockCatalogue.open(dir).require("Roll 100x50 mm");
        var r = f.app.labelRuns().print(new LabelRunRequest(lot, roll, 2, 1, "vi", null),
                LabelDesign.of(LabelLayout.CARTON).withPerCarton(24), out, Work.NONE);
        String gtin14 = "0" + GTIN13;
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(LabelPdfs.words(doc)).contains("GTIN: " + gtin14, "Lô: " + lotCode, "HSD: 31/05/2027", "Gồm: 24 đơn vị",
                    "(02)" + gtin14 + "(17)270531(10)" + lotCode + "(37)24");
            var decoded = LabelPdfs.decode(LabelPdfs.render(doc, 1, 600), 600, roll.placements(1, 2).get(1), r.layout(),
                    BarcodeFormat.CODE_128).getText();
            assertThat(decoded).startsWith("]C1");
            assertThat(ElementString.gs1().parseData("^" + decoded.substring(3))).containsExactly(new AiElement("02", gtin14),
                    new AiElement("17", "270531"), new AiElement("10", lotCode), new AiElement("37", "24"));
            assertGlyphsInsideLabels(doc, roll, roll.placements(1, 2));
        }
        assertTextClearOfTheCode(r.layout());
        assertThatThrownBy(() -> print(LabelDesign.of(LabelLayout.CARTON), "en", 1, dir.resolve("c.pdf")))
                .isInstanceOfSatisfying(LabelRunException.class, e -> assertThat(e.message(Messages.of("en")))
                        .startsWith("Carton labels need the number of units in each carton: give --per-carton N"));
    }

    @Test
    void chosenFieldsPrintInTheChosenOrderAndAnUnknownOneIsRefusedNamingTheValidOnes() throws Exception {
        Path out = dir.resolve("f.pdf");
        var r = print(LabelDesign.DEFAULT.withFields(List.of("net", "lot")), "vi", 1, out);
        assertThat(r.layout().lines()).extracting(FittedLabel.Line::key).containsSubsequence("title", "net", "lot")
                .doesNotContain("produced", "coop");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(LabelPdfs.words(doc)).contains("Khối lượng tịnh: 0,5 kg Lô: " + lotCode).doesNotContain("NSX");
        }
        assertThatThrownBy(() -> print(LabelDesign.of(LabelLayout.PRICE).withFields(List.of("price", "colour")), "en", 1, out))
                .isInstanceOfSatisfying(LabelRunException.class, e -> assertThat(e.message(Messages.of("en")))
                        .isEqualTo("Unknown field \"colour\" for the price labels. Fields: price, net, sku, barcode."));
    }

    @Test
    void theLogoIsEmbeddedOnceAndSharedByEveryLabelAboveTheText() throws Exception {
        assertThatThrownBy(() -> print(LabelDesign.DEFAULT.withLogo(true), "vi", 1, dir.resolve("l.pdf")))
                .isInstanceOfSatisfying(LabelRunException.class, e -> assertThat(e.key()).isEqualTo("label.logo.error.none"));
        String sha = f.app.photoStore().put(LabelPdfs.png(240, 120));
        CoopProfile p = f.app.coopProfile().load().orElseThrow();
        f.app.coopProfile().save(new CoopProfile(p.id(), p.nameVi(), p.nameEn(), null, p.province(), null, null, null, sha,
                null, p.traceDomain(), p.currency()));

        Path out = dir.resolve("logo.pdf");
        var r = f.app.labelRuns().print(new LabelRunRequest(lot, a4, 30, 1, "vi", f.app.printRuns().reserve(lot, 30)), LabelDesign.DEFAULT.withLogo(true),
                out, Work.NONE);
        FittedLabel.Box logo = r.layout().logo();
        assertThat(logo.widthMm() / logo.heightMm()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.layout().lines()).allMatch(l -> l.baselinePt() / LabelFonts.PT_PER_MM < logo.yMm());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<Object> placed = LabelPdfs.placedImages(doc);
            assertThat(placed).isNotEmpty();
            Set<Object> images = new HashSet<>(placed);
            assertThat(images).hasSize(1);
        }
    }

    @Test
    void aPriceTagThatCannotFitIsRefusedBeforeAnyFileIsWritten() {
        Product leaf = f.app.products().find(f.freshLeaf).orElseThrow();
        f.app.catalog().save(leaf.with(ProductField.NAME_VI, "Chè búp tươi hái tay ".repeat(10).strip()));
        LabelStock tiny = StockCatalogue.open(dir).require("Roll 35x22 mm");
        assertThatThrownBy(() -> f.app.labelRuns().print(new LabelRunRequest(lot, tiny, 2, 1, "vi", null),
                LabelDesign.of(LabelLayout.PRICE), dir.resolve("out/gia.pdf"), Work.NONE))
                .isInstanceOfSatisfying(LabelRunException.class, e -> assertThat(e.key()).isIn("label.run.error.cannotFit",
                        "label.layout.error.tooSmall"));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** Every glyph on the pages of {@code placed} lies wholly inside one of the placed labels. */
    static void assertGlyphsInsideLabels(PDDocument doc, LabelStock stock, List<LabelPlacement> placed) throws IOException {
        double w = stock.shape().width().mm();
        double h = stock.shape().height().mm();
        for (int page = 0; page < doc.getNumberOfPages(); page++) {
            int p = page;
            List<LabelPlacement> on = placed.stream().filter(at -> at.page() == p).toList();
            List<LabelPdfs.Glyph> glyphs = LabelPdfs.glyphs(doc, page);
            assertThat(glyphs).isNotEmpty();
            for (LabelPdfs.Glyph g : glyphs) {
                assertThat(on).as("glyph %s at %.1f, %.1f mm", g.text(), g.x(), g.top())
                        .anyMatch(at -> g.x() >= at.x().mm() - 0.01 && g.x() + g.width() <= at.x().mm() + w + 0.01
                                && g.top() >= at.y().mm() - 0.01 && g.top() + g.height() <= at.y().mm() + h + 0.01);
            }
        }
    }

    /** No text line's box enters the code's box (quiet zones included), and all stay inside the label. */
    static void assertTextClearOfTheCode(FittedLabel fit) {
        FittedLabel.Box code = fit.code().box();
        for (FittedLabel.Line l : fit.lines()) {
            double bottom = l.baselinePt() / LabelFonts.PT_PER_MM - l.sizePt() * 0.3 / LabelFonts.PT_PER_MM;
            assertThat(bottom).as(l.text()).isGreaterThan(code.topMm());
            assertThat(l.xPt()).isPositive();
            assertThat(l.baselinePt() / LabelFonts.PT_PER_MM + l.sizePt() / LabelFonts.PT_PER_MM).isLessThan(fit.heightMm());
        }
        assertThat(code.xMm()).isPositive();
        assertThat(code.rightMm()).isLessThan(fit.widthMm());
        assertThat(code.yMm()).isPositive();
    }
}
