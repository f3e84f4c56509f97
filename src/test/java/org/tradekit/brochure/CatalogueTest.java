package org.tradekit.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.app.AppContext;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

class CatalogueTest {
    private static final String TRACE = "https://" + BrochureFixture.DOMAIN;

    @TempDir
    Path dir;

    @Test
    void aChineseCatalogueHasCoverIntroProductsAndBackWithEveryCodeDecodingToItsLink() throws Exception {
        try (AppContext app = BrochureFixture.open(dir.resolve("data"))) {
            BrochureRequest request = BrochureRequest.of(BrochureType.CATALOGUE, DocumentLanguage.ZH)
                    .withLayout(GridLayout.GRID2, Paper.A4, Theme.RIVER).withFair("广交会 Canton Fair", LocalDate.of(2026, 10, 15));
            Preflight pre = app.brochures().check(request);
            assertThat(pre.products()).extracting(p -> p.sku())
                    .containsExactly(BrochureFixture.BAD, BrochureFixture.COFFEE, BrochureFixture.HONEY);
            assertThat(pre.missingTranslations()).extracting(p -> p.sku()).containsExactly(BrochureFixture.BAD);
            Path out = dir.resolve("catalogue-zh.pdf");
            BrochureResult r = app.brochures().generate(pre, out, Work.NONE);
            assertThat(r.pages()).isEqualTo(1 + 1 + 2 + 1); // cover, intro, 3 products at 2 a page, back
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(5);
                String cover = BrochurePdfs.text(doc, 0);
                assertThat(cover).contains("Ea Tu Farm Cooperative", "产品目录", "广交会 Canton Fair");
                assertThat(BrochurePdfs.text(doc, 1)).contains("关于我们", "Ea Tu Farm Cooperative是来自Đắk Lắk的合作社", "VietGAP (1)",
                        "OCOP 评级产品", BrochureFixture.COFFEE_ZH + " – 4星").doesNotContain("Organic", BrochureFixture.HONEY_ZH);
                String products = BrochurePdfs.text(doc, 2) + BrochurePdfs.text(doc, 3);
                assertThat(products).contains("Black pepper （英文）", BrochureFixture.COFFEE_ZH, BrochureFixture.HONEY_ZH,
                        "龙眼园的天然蜂蜜。", "净含量: 500 g", "扫码追溯").doesNotContain(BrochureFixture.COFFEE_EN);
                assertThat(BrochurePdfs.text(doc, 4)).contains("联系方式", "+84 262 3812 345", "扫码保存联系方式");
                assertThat(BrochurePdfs.fonts(doc)).allMatch(f -> f.matches("[A-Z]{6}\\+.+"));

                List<BrochurePdfs.Link> links = BrochurePdfs.links(doc);
                assertThat(links).extracting(BrochurePdfs.Link::uri).containsExactly(TRACE + "/p/" + BrochureFixture.BAD,
                        TRACE + "/01/" + BrochureFixture.COFFEE_GTIN, TRACE + "/p/" + BrochureFixture.HONEY,
                        "https://eatu.example.vn");
                for (BrochurePdfs.Link l : links.subList(0, 3)) {
                    assertThat(l.decoded()).isEqualTo(l.uri());
                }
                assertThat(links.get(3).decoded()).startsWith("BEGIN:VCARD").contains("Ea Tu Farm Cooperative",
                        "sales@eatu.example.vn", "+84 262 3812 345");

                List<String> bookmarks = new ArrayList<>();
                for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    bookmarks.add(i.getTitle());
                }
                assertThat(bookmarks).containsExactly("产品目录", "关于我们", "Black pepper （英文）", BrochureFixture.COFFEE_ZH,
                        BrochureFixture.HONEY_ZH, "联系方式");
                assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh");
                assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("产品目录 – Ea Tu Farm Cooperative");

                for (BrochurePdfs.Placed image : BrochurePdfs.images(doc)) {
                    if (image.pixelsWide() > 300) { // the photos (the logo is small and never enlarged)
                        assertThat(image.dpiX()).isBetween(185.0, 205.0);
                    }
                }
            }
            assertThat(r.warnings()).contains(new BrochureWarning("brochure.warning.photoDamaged", BrochureFixture.BAD),
                    new BrochureWarning("brochure.warning.descriptionShortened", BrochureFixture.BAD));
        }
    }

    @Test
    void everyGridAndPaperGivesTheRightPageCountAndNoTextOutsideThePage() throws Exception {
        try (AppContext app = BrochureFixture.open(dir.resolve("data"))) {
            for (GridLayout grid : GridLayout.values()) {
                for (Paper paper : Paper.values()) {
                    Path out = dir.resolve(grid + "-" + paper + ".pdf");
                    BrochureResult r = app.brochures().generate(app.brochures().check(BrochureRequest
                            .of(BrochureType.CATALOGUE, DocumentLanguage.VI).withLayout(grid, paper, Theme.CLAY)), out, Work.NONE);
                    int productPages = (3 + grid.perPage() - 1) / grid.perPage();
                    assertThat(r.pages()).as(grid + " " + paper).isEqualTo(3 + productPages);
                    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                        assertThat(BrochurePdfs.links(doc)).as(grid + " " + paper).hasSize(4)
                                .allMatch(l -> l.decoded() != null);
                        for (int page = 0; page < doc.getNumberOfPages(); page++) {
                            float w = doc.getPage(page).getMediaBox().getWidth();
                            assertThat(org.tradekit.label.run.LabelPdfs.glyphs(doc, page))
                                    .allMatch(g -> g.x() >= 5 && g.x() + g.width() <= w * 25.4 / 72 - 5);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aCancelledCatalogueLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        try (AppContext app = BrochureFixture.open(dir.resolve("data"))) {
            Path out = dir.resolve("out").resolve("catalogue.pdf");
            Files.createDirectories(out.getParent());
            Files.writeString(out, "old");
            CancelToken cancel = new CancelToken();
            Work work = new Work(p -> cancel.cancel(), cancel); // cancelled after the first product
            Preflight pre = app.brochures().check(BrochureRequest.of(BrochureType.CATALOGUE, DocumentLanguage.EN));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.brochures().generate(pre, out, work))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThat(Files.readString(out)).isEqualTo("old");
            try (var files = Files.list(out.getParent())) {
                assertThat(files).containsExactly(out);
            }
        }
    }

    @Test
    void aLanguageWithNoTranslationAtAllFallsBackToEnglishWithAMarkerOnEveryProduct() throws Exception {
        try (AppContext app = BrochureFixture.open(dir.resolve("data"))) {
            Preflight pre = app.brochures().check(BrochureRequest.of(BrochureType.CATALOGUE, DocumentLanguage.KO)
                    .withSkus(List.of(BrochureFixture.HONEY, BrochureFixture.BAD)).withLayout(GridLayout.GRID1, Paper.A5, null));
            assertThat(pre.missingTranslations()).hasSize(2);
            Path out = dir.resolve("ko.pdf");
            BrochureResult r = app.brochures().generate(pre, out, Work.NONE);
            assertThat(r.pages()).isEqualTo(5);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                assertThat(BrochurePdfs.text(doc, 2)).contains("Longan flower honey (영어)", "Raw honey from longan orchards.",
                        "스캔하여 이력 추적");
                assertThat(BrochurePdfs.text(doc, 3)).contains("Black pepper (영어)");
                assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("ko");
            }
        }
    }

    @Test
    void aLongListOfOcopProductsOnTheIntroEndsInAnEllipsisInsteadOfRunningOffThePage() throws Exception {
        try (AppContext app = org.tradekit.TestContexts.open(dir.resolve("data"))) {
            for (int i = 0; i < 150; i++) {
                app.catalog().save(org.tradekit.TestContexts.product(String.format("OC-%03d", i), "Sản phẩm OCOP " + i,
                        "OCOP product number " + i).with(org.tradekit.catalog.ProductField.OCOP_STARS, 4L));
            }
            Path out = dir.resolve("ocop.pdf");
            app.brochures().generate(app.brochures().check(BrochureRequest.of(BrochureType.CATALOGUE, DocumentLanguage.EN)
                    .withLayout(GridLayout.GRID4, Paper.A5, null)), out, Work.NONE);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                String intro = BrochurePdfs.text(doc, 1);
                assertThat(intro).contains("OCOP-rated products", "OCOP product number 0 – 4 stars", "…\nPage 2 of ");
                double h = doc.getPage(1).getMediaBox().getHeight() * 25.4 / 72;
                assertThat(org.tradekit.label.run.LabelPdfs.glyphs(doc, 1)).allMatch(g -> g.top() < h - 8);
            }
        }
    }
}
