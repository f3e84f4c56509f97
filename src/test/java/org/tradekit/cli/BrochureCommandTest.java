package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.app.AppContext;
import org.tradekit.brochure.BrochureFixture;

class BrochureCommandTest {
    @TempDir
    Path dir;

    private Path data() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = BrochureFixture.open(data)) {
            return data;
        }
    }

    @Test
    void aChineseCatalogueListsTheProductsWithoutTranslationThenWritesThePdf() throws Exception {
        Path data = data();
        Path out = dir.resolve("catalogue-zh.pdf");
        CliRun run = CliRun.en("--data-dir", data.toString(), "brochure", "--type", "catalogue", "--lang", "zh",
                "--layout", "grid4", "--paper", "a5", "--theme", "river", "--colour", "#aa3300", "--fair", "Canton Fair",
                "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 product(s) have no Chinese translation; they are shown in English, marked:",
                "  BAD-003\tBlack pepper", "Wrote " + out + ": 4 page(s), 3 product(s)");
        assertThat(run.err()).contains("Warning: BAD-003: the photo cannot be read (damaged); a placeholder is shown.");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            assertThat(new PDFTextStripper().getText(doc)).contains("多乐省罗布斯塔研磨咖啡", "Canton Fair");
        }
    }

    @Test
    void aCatalogueTellsTheStorySavedInTheProfileInTheDocumentsLanguage() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = BrochureFixture.open(data)) {
            app.coopProfile().saveBrand(new org.tradekit.coop.CoopBrand("Cà phê hái chín bằng tay ở Đắk Lắk.",
                    "Coffee picked ripe by hand in Dak Lak.", "#6A1B9A"));
        }
        for (String lang : new String[] {"vi", "en"}) {
            Path out = dir.resolve("catalogue-" + lang + ".pdf");
            CliRun run = CliRun.en("--data-dir", data.toString(), "brochure", "--type", "catalogue", "--lang", lang,
                    "--out", out.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                PDFTextStripper intro = new PDFTextStripper();
                intro.setStartPage(2);
                intro.setEndPage(2);
                String text = intro.getText(doc);
                if (lang.equals("vi")) {
                    assertThat(text).contains("Cà phê hái chín bằng tay ở Đắk Lắk.").doesNotContain("Coffee picked");
                } else {
                    assertThat(text).contains("Coffee picked ripe by hand in Dak Lak.").doesNotContain("Cà phê hái");
                }
            }
        }
    }

    @Test
    void specSheetsForChosenSkusAndAPriceListInVietnamese() throws Exception {
        Path data = data();
        Path spec = dir.resolve("spec.pdf");
        CliRun run = CliRun.in("vi", "--data-dir", data.toString(), "brochure", "--type", "spec", "--lang", "ja",
                "--products", "CF-001, HN-002", "--export-price", "--out", spec.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 sản phẩm chưa có bản dịch tiếng Nhật", "HN-002", "Đã ghi " + spec + ": 2 trang, 2 sản phẩm");
        Path prices = dir.resolve("prices.pdf");
        run = CliRun.in("vi", "--data-dir", data.toString(), "brochure", "--type", "pricelist", "--lang", "vi",
                "--valid-until", "2026-12-31", "--out", prices.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("chưa có bản dịch");
        try (PDDocument doc = Loader.loadPDF(prices.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Bảng giá", "Có hiệu lực đến 31/12/2026");
        }
    }

    @Test
    void badInputIsSaidClearlyAndWritesNothing() throws Exception {
        Path data = data();
        Path out = dir.resolve("x.pdf");
        CliRun run = CliRun.en("--data-dir", data.toString(), "brochure", "--type", "catalogue", "--lang", "fr",
                "--out", out.toString());
        assertThat(run.exit()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("Unknown value for --lang: fr");
        run = CliRun.en("--data-dir", data.toString(), "brochure", "--type", "spec", "--lang", "en", "--products",
                "CF-001,NOPE-1", "--out", out.toString());
        assertThat(run.exit()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("No product with SKU NOPE-1.");
        run = CliRun.in("vi", "--data-dir", data.toString(), "brochure", "--type", "leaflet", "--lang", "en", "--out",
                out.toString());
        assertThat(run.err()).contains("Giá trị không hợp lệ cho --type: leaflet");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void benchBrochurePrintsSpecSheetTimes() throws Exception {
        Path data = data();
        CliRun run = CliRun.en("--data-dir", data.toString(), "bench", "brochure", "--rounds", "3", "--catalogue");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 spec sheets in zh", "spec_p50_ms=", "spec_p95_ms=", "catalogue_ms=",
                "catalogue_mb=");
    }

    @Test
    void demoDataAddsCameraSizedPhotosAndTranslationsForBrochures() throws Exception {
        Path data = dir.resolve("demo");
        CliRun run = CliRun.en("--data-dir", data.toString(), "demo-data", "--products", "6", "--photos", "--translations");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Added 6 photos of 4000 x 3000 pixels");
        try (AppContext app = AppContext.open(data, CliRun.CLOCK)) {
            java.util.List<org.tradekit.catalog.Product> all = new java.util.ArrayList<>();
            app.products().forEach(all::add);
            assertThat(all).allMatch(p -> p.photos().size() == 1);
            java.awt.image.BufferedImage photo = javax.imageio.ImageIO.read(app.photoStore()
                    .file(all.get(0).photos().get(0).sha256()).toFile());
            assertThat(photo.getWidth() * photo.getHeight()).isEqualTo(12_000_000);
            assertThat(all).anyMatch(p -> p.translations().stream().map(t -> t.lang()).collect(java.util.stream.Collectors.toSet())
                    .equals(java.util.Set.of("zh", "ko", "ja")));
            assertThat(all).anyMatch(p -> p.translations().isEmpty());
        }
    }

    @Test
    void aFairPackHoldsCatalogueHeaderPriceListAndSpecSheetsPerLanguage() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = BrochureFixture.open(data)) {
            app.fairs().create(new org.tradekit.lead.Fair(null, "Canton Fair 2026", "Guangzhou", "CN",
                    java.time.LocalDate.of(2026, 10, 15), java.time.LocalDate.of(2026, 10, 19), "A12", java.util.List.of()));
        }
        Path pack = dir.resolve("pack");
        CliRun run = CliRun.en("--data-dir", data.toString(), "fair-pack", "--fair", "canton fair 2026", "--langs", "en,zh",
                "--out", pack.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (var files = Files.list(pack)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("catalogue-en.pdf",
                    "pricelist-en.pdf", "spec-sheets-en.pdf", "catalogue-zh.pdf", "pricelist-zh.pdf", "spec-sheets-zh.pdf");
        }
        try (PDDocument doc = Loader.loadPDF(pack.resolve("pricelist-zh.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("价目表", "有效期至");
        }
        try (PDDocument doc = Loader.loadPDF(pack.resolve("catalogue-en.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Canton Fair 2026 · Oct 15, 2026");
        }
        try (PDDocument doc = Loader.loadPDF(pack.resolve("spec-sheets-zh.pdf").toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
        }
        run = CliRun.en("--data-dir", data.toString(), "fair-pack", "--fair", "Foodex", "--langs", "en", "--out",
                pack.toString());
        assertThat(run.exit()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("No fair named “Foodex” is recorded.");
    }
}
