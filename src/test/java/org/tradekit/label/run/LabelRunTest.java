package org.tradekit.label.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.coop.CoopProfile;
import org.tradekit.i18n.Messages;
import org.tradekit.label.record.SerialRange;
import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;
import org.tradekit.trace.TraceTestBase;
import org.tradekit.work.CancelToken;
import org.tradekit.work.ProgressListener;
import org.tradekit.work.Work;

import com.google.zxing.BarcodeFormat;

/** Print runs of traceability labels on a real data directory, read back from the PDF, rendered and decoded. */
class LabelRunTest extends TraceTestBase {
    static final int DPI = LabelPdfs.DPI;
    static final String DOMAIN = "truyxuat.htxchesan.vn";

    LabelStock l7160;
    String lot;
    String lotCode;

    @BeforeEach
    void lotOfTea() {
        CoopProfile p = f.app.coopProfile().load().orElse(CoopProfile.empty());
        f.app.coopProfile().save(new CoopProfile(p.id(), "HTX Chè Shan Tuyết", "Shan Tuyet Tea Coop", null, "Hà Giang",
                null, null, null, null, null, DOMAIN, p.currency()));
        l7160 = StockCatalogue.open(dir).require("Avery L7160");
        lot = f.harvest(f.mai, f.maiPlot, 12, 0);
        lotCode = f.app.lots().find(lot).orElseThrow().code();
    }

    @Test
    void aSerialisedRunFromLabelSevenPrintsTheVietnameseNameAndADistinctScannableLinkOnEveryLabel() throws Exception {
        Path out = dir.resolve("nhan.pdf");
        SerialRange serials = f.app.printRuns().reserve(lot, 30);
        var r = f.app.labelRuns().print(new LabelRunRequest(lot, l7160, 30, 7, "vi", serials), out, Work.NONE);

        assertThat(r.pages()).isEqualTo(2); // labels 7..36 of 21 a sheet
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String text = words(doc); // lines wrap where the column ends
            assertThat(text).contains("Chè búp tươi", "Lô: " + lotCode, "NSX: 02/11/2026", "HTX Chè Shan Tuyết, Hà Giang");
            assertThat(text.split("Chè búp tươi", -1)).hasSize(31); // the name exactly, once per label
            assertVectorWithEmbeddedFonts(doc);

            List<String> expected = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                expected.add(f.app.lotLinks().uri(lot, serials.serial(k)));
            }
            assertThat(expected).doesNotHaveDuplicates().allMatch(u -> u.startsWith("https://" + DOMAIN + "/p/TEA-LEAF/10/"));
            assertThat(decodeAll(doc, l7160.placements(7, 30), r.layout())).isEqualTo(expected);

            BufferedImage first = render(doc, 0);
            for (int n = 1; n <= 6; n++) { // the used labels of the partly used sheet get no ink
                assertThat(inkIn(first, l7160.position(n))).as("label %d", n).isZero();
            }
            assertThat(inkIn(first, l7160.position(7))).isPositive();
        }
    }

    @Test
    void withoutSerialsEveryLabelCarriesTheLotsOwnLinkAndAnEnglishRunIsInEnglish() throws Exception {
        Path out = dir.resolve("labels.pdf");
        var r = f.app.labelRuns().print(new LabelRunRequest(lot, l7160, 21, 1, "en", null), out, Work.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(words(doc)).contains("Lot: " + lotCode, "Produced: Nov 2, 2026",
                    "Shan Tuyet Tea Coop, Hà Giang");
            assertThat(decodeAll(doc, l7160.placements(1, 21), r.layout())).hasSize(21)
                    .containsOnly(f.app.lotLinks().uri(lot, null));
        }
    }

    @Test
    void ocopStarsAppearOnlyWhileTheRecognitionIsValid() {
        Product leaf = f.app.products().find(f.freshLeaf).orElseThrow();
        f.app.catalog().save(leaf.with(ProductField.OCOP_STARS, 4L).with(ProductField.OCOP_DECISION_DATE, LocalDate.of(2025, 1, 10))
                .with(ProductField.OCOP_EXPIRY_DATE, LocalDate.of(2028, 1, 10)));
        assertThat(texts(lot)).contains("OCOP 4 sao");
        leaf = f.app.products().find(f.freshLeaf).orElseThrow();
        f.app.catalog().save(leaf.with(ProductField.OCOP_DECISION_DATE, LocalDate.of(2022, 1, 10))
                .with(ProductField.OCOP_EXPIRY_DATE, LocalDate.of(2025, 1, 10)));
        assertThat(texts(lot)).noneMatch(l -> l.contains("OCOP"));
    }

    @Test
    void aNameThatCannotFitIsRefusedInWordsBeforeAnyFileIsWritten() throws IOException {
        Product leaf = f.app.products().find(f.freshLeaf).orElseThrow();
        f.app.catalog().save(leaf.with(ProductField.NAME_VI, "Chè búp tươi hái tay " .repeat(12).strip()));
        LabelStock small = StockCatalogue.open(dir).require("Roll 50x30 mm");
        assertThatThrownBy(() -> f.app.labelRuns().print(new LabelRunRequest(lot, small, 5, 1, "vi", null),
                dir.resolve("out/x.pdf"), Work.NONE))
                .isInstanceOfSatisfying(LabelRunException.class, e -> assertThat(e.message(Messages.of("vi")))
                        .startsWith("Nhãn của \"Chè búp tươi hái tay").endsWith("không vừa trên \"Roll 50x30 mm\" kể cả khi chữ nhỏ 5 pt; "
                                + "hãy chọn nhãn lớn hơn hoặc rút gọn tên sản phẩm."));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aCancelledRunLeavesNoFileBehind() throws IOException {
        CancelToken cancel = new CancelToken();
        ProgressListener cancelHalfway = p -> {
            if (p.done() >= 400) {
                cancel.cancel();
            }
        };
        Path target = dir.resolve("runs");
        Files.createDirectories(target);
        assertThatThrownBy(() -> f.app.labelRuns().print(new LabelRunRequest(lot, l7160, 1000, 1, "vi",
                f.app.printRuns().reserve(lot, 1000)),
                target.resolve("big.pdf"), new Work(cancelHalfway, cancel))).isInstanceOf(CancellationException.class);
        try (var files = Files.list(target)) {
            assertThat(files).isEmpty();
        }
    }

    List<String> texts(String lotId) {
        return f.app.labelRuns().source().content(lotId, "vi", LabelDesign.DEFAULT, "https://x.example/q").fields().stream()
                .map(LabelText::text).toList();
    }

    static void assertVectorWithEmbeddedFonts(PDDocument doc) throws IOException {
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                PDXObject x = page.getResources().getXObject(name);
                assertThat(x).as("XObject %s", name).isInstanceOf(PDFormXObject.class); // the shared text, never an image
                PDResources res = ((PDFormXObject) x).getResources();
                assertThat(res.getXObjectNames()).isEmpty();
                for (COSName f : res.getFontNames()) {
                    PDFont font = res.getFont(f);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("+NotoSans"); // a subset
                    fonts++;
                }
            }
        }
        assertThat(fonts).isPositive();
    }

    static String words(PDDocument doc) throws IOException {
        return LabelPdfs.words(doc);
    }

    static BufferedImage render(PDDocument doc, int page) throws IOException {
        return LabelPdfs.render(doc, page);
    }

    /** Decodes the QR code of every placed label, in run order, from pages rendered at 300 dpi. */
    List<String> decodeAll(PDDocument doc, List<LabelPlacement> places, FittedLabel fit) throws Exception {
        List<String> out = new ArrayList<>();
        BufferedImage img = null;
        int rendered = -1;
        for (LabelPlacement p : places) {
            if (p.page() != rendered) {
                img = render(doc, p.page());
                rendered = p.page();
            }
            out.add(LabelPdfs.decode(img, p, fit, BarcodeFormat.QR_CODE).getText());
        }
        return out;
    }

    /** Dark pixels inside a label's rectangle on a page rendered at 300 dpi. */
    int inkIn(BufferedImage page, LabelPlacement at) {
        double px = DPI / 25.4;
        int x0 = (int) Math.ceil(at.x().mm() * px);
        int y0 = (int) Math.ceil(at.y().mm() * px);
        int x1 = (int) Math.floor((at.x().mm() + l7160.shape().width().mm()) * px);
        int y1 = (int) Math.floor((at.y().mm() + l7160.shape().height().mm()) * px);
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((page.getRGB(x, y) & 0xff) < 200) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
