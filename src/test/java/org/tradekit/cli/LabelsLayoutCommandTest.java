package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.catalog.ProductField;
import org.tradekit.label.run.LabelPdfs;
import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;

import com.google.zxing.BarcodeFormat;

/** {@code tradekit labels} with --layout, --fields, the check (--dpi, --market, --strict) and --csv, as a user types them. */
class LabelsLayoutCommandTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path outDir;

    String lotCode;

    @BeforeEach
    void aHarvestedLotOfAProductWithAGtin() {
        lotCode = LabelCliFixture.harvestedLot(dataDir, (app, f) -> app.catalog().save(app.products().find(f.freshLeaf)
                .orElseThrow().with(ProductField.GTIN, "8934567890120").with(ProductField.PRICE_VND, 120_000L)));
    }

    CliRun labels(String lang, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        all[2] = "labels";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.in(lang, all);
    }

    void assertNothingWritten() throws Exception {
        try (var files = Files.list(outDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theHelpListsTheLayoutsAndARetailRunPrintsTheNameOverTheBars() throws Exception {
        assertThat(labels("en", "--help").out().replaceAll("\\s+", " ")).contains("--layout=NAME", "trace (default), price, retail or carton",
                "--csv=FILE", "--strict", "--market=vn|eu");
        Path pdf = outDir.resolve("retail.pdf");
        CliRun r = labels("vi", "--lot", lotCode, "--template", "A4 3x8 70x37 mm", "--count", "2", "--layout", "retail",
                "--out", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Cảnh báo");
        LabelStock a4 = StockCatalogue.open(dataDir).require("A4 3x8 70x37 mm");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(LabelPdfs.words(doc)).contains("Chè búp tươi");
            BufferedImage page = LabelPdfs.render(doc, 0);
            for (LabelPlacement at : a4.placements(1, 2)) {
                assertThat(LabelPdfs.decodeLabel(page, at, a4, BarcodeFormat.EAN_13).getText()).isEqualTo("8934567890120");
            }
        }
    }

    @Test
    void anUnknownLayoutOrFieldAndACartonWithoutACountAreSaidInWordsAndWriteNothing() throws Exception {
        String out = outDir.resolve("x.pdf").toString();
        CliRun layout = labels("en", "--lot", lotCode, "--template", "Avery L7160", "--layout", "sticker", "--out", out);
        assertThat(layout.exit()).isEqualTo(Cli.REFUSED);
        assertThat(layout.err().strip()).isEqualTo("Unknown label layout \"sticker\". Layouts: trace, price, retail, carton.");

        CliRun field = labels("vi", "--lot", lotCode, "--template", "Avery L7160", "--fields", "lot,colour", "--out", out);
        assertThat(field.exit()).isEqualTo(Cli.REFUSED);
        assertThat(field.err().strip()).isEqualTo(
                "Nhãn trace không có trường \"colour\". Các trường: lot, produced, expiry, net, coop, ocop, sku.");

        CliRun carton = labels("en", "--lot", lotCode, "--template", "Roll 100x50 mm", "--layout", "carton", "--out", out);
        assertThat(carton.exit()).isEqualTo(Cli.REFUSED);
        assertThat(carton.err()).contains("give --per-carton N");
        assertNothingWritten();
    }

    @Test
    void theCheckWarnsOnStderrBeforeWritingAndStrictRefusesWithNoFile() throws Exception {
        Path pdf = outDir.resolve("eu.pdf");
        String[] run = {"--lot", lotCode, "--template", "Roll 40x30 mm", "--count", "3", "--serials", "--dpi", "100",
                "--market", "eu", "--out", pdf.toString()};
        CliRun warned = labels("en", run);
        assertThat(warned.exit()).as(warned.err()).isZero();
        assertThat(warned.err()).contains("Warning: A module of", "at 100 dpi", "Warning: The x-height of the smallest text");
        assertThat(pdf).exists();
        Files.delete(pdf);

        String[] strict = java.util.stream.Stream.concat(java.util.Arrays.stream(run), java.util.stream.Stream.of("--strict"))
                .toArray(String[]::new);
        CliRun refused = labels("vi", strict);
        assertThat(refused.exit()).isEqualTo(Cli.REFUSED);
        assertThat(refused.err()).contains("Cảnh báo: ", "Bước kiểm tra trước khi in phát hiện");
        assertNothingWritten();
    }

    @Test
    void aCsvMergePrintsOneLabelPerRowInRowOrderWithItsOwnQrCode() throws Exception {
        Path csv = outDir.getParent().resolve("hoi-cho-" + outDir.getFileName() + ".csv");
        Files.write(csv, ("\uFEFFname,xuất xứ,qr\n"
                + "Mật ong bạc hà,Hà Giang,https://vd.example.vn/a/1\n"
                + "\"Chè Shan Tuyết, hộp 100g\",Hà Giang,https://vd.example.vn/a/2\n"
                + "Gạo ST25,Sóc Trăng,https://vd.example.vn/a/3\n").getBytes(StandardCharsets.UTF_8));
        Path pdf = outDir.resolve("csv.pdf");
        try {
            CliRun r = labels("vi", "--csv", csv.toString(), "--template", "A4 3x8 70x37 mm", "--out", pdf.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("Đã ghi 3 nhãn trên 1 trang");
            LabelStock a4 = StockCatalogue.open(dataDir).require("A4 3x8 70x37 mm");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(LabelPdfs.words(doc)).containsSubsequence("Mật ong bạc hà", "Hà Giang", "Chè Shan Tuyết, hộp 100g",
                        "Gạo ST25", "Sóc Trăng");
                BufferedImage page = LabelPdfs.render(doc, 0);
                List<LabelPlacement> at = a4.placements(1, 3);
                for (int i = 0; i < 3; i++) {
                    assertThat(LabelPdfs.decodeLabel(page, at.get(i), a4, BarcodeFormat.QR_CODE).getText())
                            .isEqualTo("https://vd.example.vn/a/" + (i + 1));
                }
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    @Test
    void aBadCsvIsRefusedNamingTheRowOrColumnAndWritesNothing() throws Exception {
        String out = outDir.resolve("csv.pdf").toString();
        Path dir = Files.createTempDirectory("csv");
        try {
            Path noQr = Files.writeString(dir.resolve("noqr.csv"), "name,origin\nMật ong,Hà Giang\n");
            CliRun missing = labels("en", "--csv", noQr.toString(), "--template", "Avery L7160", "--out", out);
            assertThat(missing.exit()).isEqualTo(Cli.BAD_INPUT);
            assertThat(missing.err().strip()).isEqualTo(
                    "noqr.csv has no column \"qr\" (labels need \"name\" and \"qr\"). Its columns are: name, origin.");

            Path ragged = Files.writeString(dir.resolve("ragged.csv"), "name,qr,origin\nA,https://x/1,HG\nB,https://x/2\n");
            CliRun r = labels("vi", "--csv", ragged.toString(), "--template", "Avery L7160", "--out", out);
            assertThat(r.exit()).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err().strip()).isEqualTo("Dòng 3 có 2 ô nhưng dòng tiêu đề có 3 cột; chưa in gì.");

            Path empty = Files.writeString(dir.resolve("empty.csv"), "");
            assertThat(labels("en", "--csv", empty.toString(), "--template", "Avery L7160", "--out", out).err())
                    .contains("empty.csv is empty");

            Path latin = Files.write(dir.resolve("latin.csv"), "name,qr\nCaf\u00e9,https://x/1\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(labels("en", "--csv", latin.toString(), "--template", "Avery L7160", "--out", out).err().strip())
                    .isEqualTo("latin.csv is not UTF-8 text; save it as \"CSV UTF-8\" and try again.");

            Path header = Files.writeString(dir.resolve("header.csv"), "name,qr\n");
            assertThat(labels("vi", "--csv", header.toString(), "--template", "Avery L7160", "--out", out).err().strip())
                    .isEqualTo("header.csv có dòng tiêu đề nhưng không có dòng nào, nên không có nhãn để in.");

            Path tooLong = Files.writeString(dir.resolve("long.csv"), "name,qr\nMật ong,https://x/1\n"
                    + "\"" + "Chè búp tươi hái tay ".repeat(14) + "\",https://x/2\n");
            CliRun fit = labels("en", "--csv", tooLong.toString(), "--template", "Roll 40x30 mm", "--out", out);
            assertThat(fit.exit()).isEqualTo(Cli.REFUSED);
            assertThat(fit.err()).startsWith("Row 3: The label of \"Chè búp tươi hái tay");
            assertNothingWritten();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }
}
