package org.tradekit.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.app.AppContext;
import org.tradekit.work.Work;

class SpecSheetTest {
    @TempDir
    Path dir;

    @Test
    void oneProductOnOnePageInChineseWithItsFactsPhotoAndTraceabilityCode() throws Exception {
        try (AppContext app = BrochureFixture.open(dir.resolve("data"))) {
            BrochureService brochures = app.brochures();
            Preflight pre = brochures.check(BrochureRequest.of(BrochureType.SPEC, DocumentLanguage.ZH)
                    .withSkus(List.of(BrochureFixture.COFFEE)).withPrices("VND", 0, null, true));
            assertThat(pre.missingTranslations()).isEmpty();
            Path out = dir.resolve("spec.pdf");
            BrochureResult r = brochures.generate(pre, out, Work.NONE);
            assertThat(r.pages()).isEqualTo(1);
            assertThat(r.warnings()).isEmpty();
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                String text = BrochurePdfs.text(doc, 0);
                assertThat(text).contains("产品规格", BrochureFixture.COFFEE_ZH, "成熟的罗布斯塔咖啡豆，中度研磨。", "GTIN",
                        BrochureFixture.COFFEE_GTIN, "HS 编码", "0901.21", "净含量", "500 g", "保质期", "365天", "VietGAP VG-123",
                        "4星，有效期至", "最小起订量", "200件", "出口价格", "US$4.50", "扫码追溯", "Ea Tu Farm Cooperative",
                        "sales@eatu.example.vn", "越南");
                assertThat(text).doesNotContain("EXP-1"); // an expired certification is not claimed
                assertThat(BrochurePdfs.fonts(doc)).allMatch(f -> f.matches("[A-Z]{6}\\+.+"))
                        .anyMatch(f -> f.endsWith("WenQuanYiMicroHei"));
                List<BrochurePdfs.Link> links = BrochurePdfs.links(doc);
                assertThat(links).extracting(BrochurePdfs.Link::uri)
                        .containsExactly("https://" + BrochureFixture.DOMAIN + "/01/" + BrochureFixture.COFFEE_GTIN);
                assertThat(links).allMatch(l -> l.uri().equals(l.decoded()));
                List<BrochurePdfs.Placed> images = BrochurePdfs.images(doc);
                assertThat(images).hasSize(1);
                BrochurePdfs.Placed photo = images.get(0);
                assertThat(photo.pixelsHigh()).as("turned upright: the 3000 x 2000 photo is portrait")
                        .isGreaterThan(photo.pixelsWide());
                assertThat(photo.dpiX()).isBetween(190.0, 205.0);
                assertThat(photo.dpiY()).isBetween(190.0, 205.0);
                assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh");
                assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("产品规格 – Ea Tu Farm Cooperative");
                assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Ea Tu Farm Cooperative");
                assertThat(doc.getDocumentInformation().getSubject()).contains(BrochureFixture.COFFEE);
                PDOutlineItem first = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
                assertThat(first.getTitle()).isEqualTo(BrochureFixture.COFFEE_ZH);
            }
        }
    }

    @Test
    void everyLanguageReadsBackExactly() throws Exception {
        try (AppContext app = BrochureFixture.open(dir.resolve("data"))) {
            String[][] expected = {{"vi", BrochureFixture.COFFEE_VI, "Thông số sản phẩm", "Hạn sử dụng", "365 ngày"},
                {"en", BrochureFixture.COFFEE_EN, "Product specification", "Shelf life", "365 days"},
                {"zh", BrochureFixture.COFFEE_ZH, "产品规格", "保质期", "365天"},
                {"ko", BrochureFixture.COFFEE_KO, "제품 사양서", "유통기한", "365일"},
                {"ja", BrochureFixture.COFFEE_JA, "製品仕様書", "賞味期限", "365日"}};
            for (String[] e : expected) {
                Path out = dir.resolve("spec-" + e[0] + ".pdf");
                app.brochures().generate(app.brochures().check(BrochureRequest.of(BrochureType.SPEC,
                        DocumentLanguage.of(e[0]).orElseThrow()).withSkus(List.of(BrochureFixture.COFFEE))), out, Work.NONE);
                try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                    assertThat(BrochurePdfs.text(doc, 0).lines()).as(e[0]).contains(e[1])
                            .anyMatch(l -> l.startsWith(e[2])).anyMatch(l -> l.contains(e[3]) && l.contains(e[4]));
                }
            }
        }
    }

    @Test
    void aCorruptPhotoAndAnEnormousDescriptionGiveAPlaceholderAShortenedTextAndWarnings() throws Exception {
        try (AppContext app = BrochureFixture.open(dir.resolve("data"))) {
            Path out = dir.resolve("bad.pdf");
            BrochureResult r = app.brochures().generate(app.brochures().check(BrochureRequest.of(BrochureType.SPEC,
                    DocumentLanguage.EN).withSkus(List.of(BrochureFixture.BAD, BrochureFixture.HONEY))), out, Work.NONE);
            assertThat(r.pages()).isEqualTo(2);
            assertThat(r.warnings()).contains(new BrochureWarning("brochure.warning.photoDamaged", BrochureFixture.BAD),
                    new BrochureWarning("brochure.warning.descriptionShortened", BrochureFixture.BAD));
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                String first = BrochurePdfs.text(doc, 0);
                assertThat(first).contains("Black pepper", "No photo", "…");
                assertThat(BrochurePdfs.images(doc)).isEmpty();
                // no GTIN: the fallback link with the SKU
                assertThat(BrochurePdfs.links(doc)).extracting(BrochurePdfs.Link::decoded)
                        .containsExactly("https://" + BrochureFixture.DOMAIN + "/p/" + BrochureFixture.BAD,
                                "https://" + BrochureFixture.DOMAIN + "/p/" + BrochureFixture.HONEY);
                // the honey's OCOP recognition expired: no stars claimed
                assertThat(BrochurePdfs.text(doc, 1)).contains("Longan flower honey").doesNotContain("OCOP");
            }
        }
    }

    @Test
    void onA5EverySpecSheetStaysOnItsPageWithNoGlyphOutsideTheMargins() throws Exception {
        try (AppContext app = BrochureFixture.open(dir.resolve("data"))) {
            Path out = dir.resolve("a5.pdf");
            BrochureResult r = app.brochures().generate(app.brochures().check(BrochureRequest.of(BrochureType.SPEC,
                    DocumentLanguage.VI).withLayout(null, Paper.A5, Theme.CLAY).withPrices("VND", 0, null, true)), out,
                    Work.NONE);
            assertThat(r.pages()).isEqualTo(3);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                for (int page = 0; page < 3; page++) {
                    double w = doc.getPage(page).getMediaBox().getWidth() * 25.4 / 72;
                    double h = doc.getPage(page).getMediaBox().getHeight() * 25.4 / 72;
                    assertThat(org.tradekit.label.run.LabelPdfs.glyphs(doc, page)).isNotEmpty()
                            .allMatch(g -> g.x() >= 10 && g.x() + g.width() <= w - 10 && g.top() >= 10 && g.top() <= h - 8);
                }
                assertThat(BrochurePdfs.links(doc)).hasSize(3).allMatch(l -> l.uri().equals(l.decoded()));
            }
        }
    }
}
