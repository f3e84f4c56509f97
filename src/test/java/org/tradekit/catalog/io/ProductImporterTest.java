package org.tradekit.catalog.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.tradekit.catalog.Certification;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.Translation;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

/** Imports into a real SQLite catalog: what lands, what is refused and why, what is never written. */
class ProductImporterTest extends CatalogTestBase {

    Path csv(String name, String text) {
        return TestCatalog.write(dir.resolve(name), text, UTF_8);
    }

    @Test
    void excelFileWithBomSemicolonsAndVietnameseNumbers() {
        Path f = TestCatalog.write(dir.resolve("hop-tac-xa.csv"), TestCatalog.BOM, String.join("\r\n",
                "Mã SP;Tên sản phẩm;Giá bán lẻ;Giá bán buôn;Khối lượng tịnh;Đơn vị;Số sao OCOP;ocop_decision_date;export_price_usd",
                "CF-01;Cà phê Robusta Đắk Lắk;120.000 ₫;95.000đ;1.234,5;g;4 sao;31/01/2024;\"12,50\"",
                "MO-02;Mật ong hoa bạc hà;1.250.000;;500;ml;;;",
                "").getBytes(UTF_8));
        ImportReport r = cat.importFile(f);
        assertThat(r.source().delimiter()).isEqualTo(';');
        assertThat(r.written()).isTrue();
        assertThat(r.created()).isEqualTo(2);
        assertThat(r.problems()).isEmpty();
        Product cf = cat.bySku("CF-01");
        assertThat(cf.nameVi()).isEqualTo("Cà phê Robusta Đắk Lắk");
        assertThat(cf.whole(ProductField.PRICE_VND)).isEqualTo(120_000L);
        assertThat(cf.whole(ProductField.WHOLESALE_PRICE_VND)).isEqualTo(95_000L);
        assertThat(cf.get(ProductField.NET_QUANTITY)).isEqualTo(1234.5);
        assertThat(cf.ocopStars()).isEqualTo(4);
        assertThat(cf.date(ProductField.OCOP_DECISION_DATE)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(cf.date(ProductField.OCOP_EXPIRY_DATE)).as("36 months after the decision")
                .isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(cf.whole(ProductField.EXPORT_PRICE_USD)).isEqualTo(1_250L);
        assertThat(cat.bySku("MO-02").whole(ProductField.PRICE_VND)).isEqualTo(1_250_000L);
    }

    @Test
    void decomposedTextIsStoredComposed() {
        String nfd = Normalizer.normalize("Trà Shan Tuyết Hà Giang", Normalizer.Form.NFD);
        Path f = csv("nfd.csv", "sku,name_vi,province\nT-1," + nfd + "," + Normalizer.normalize("Hà Giang",
                Normalizer.Form.NFD) + "\n");
        cat.importFile(f);
        Product p = cat.bySku("T-1");
        assertThat(p.nameVi()).isEqualTo("Trà Shan Tuyết Hà Giang");
        assertThat(Normalizer.isNormalized(p.nameVi(), Normalizer.Form.NFC)).isTrue();
        assertThat(p.text(ProductField.PROVINCE)).isEqualTo("Hà Giang");
    }

    @Test
    void anOldAnsiFileIsReadAsVietnameseAndTheReportSaysSo() {
        Path f = TestCatalog.write(dir.resolve("ansi.csv"), "sku;name_vi\r\nCF;".getBytes(UTF_8),
                TestCatalog.CA_PHE_DAK_LAK_1258, "\r\n".getBytes(UTF_8));
        ImportReport r = cat.importFile(f);
        assertThat(r.notices()).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo("import.notice.charset");
            assertThat(n.args()).containsExactly("windows-1258");
        });
        assertThat(cat.bySku("CF").nameVi()).isEqualTo("Cà phê Đắk Lắk");
    }

    @Test
    void quotedLineBreaksStayInTheCellAndRowNumbersFollowTheFile() {
        Path f = csv("multi.csv", "sku,name_vi,description_vi,gtin\r\n"
                + "A,Chè,\"Dòng một\r\nDòng hai\r\nDòng ba\",\r\n"
                + "B,Mật ong,ok,9520001000004\r\n");
        ImportReport r = cat.importFile(f, new ImportOptions(ImportMode.SKIP_BAD, false));
        assertThat(cat.bySku("A").text(ProductField.DESCRIPTION_VI)).isEqualTo("Dòng một\r\nDòng hai\r\nDòng ba");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(5);
            assertThat(p.header()).isEqualTo("gtin");
        });
    }

    @Test
    void wrongGtinCheckDigitIsReportedByRowAndColumn() {
        Path f = csv("gtin.csv", "sku,name_vi,Mã vạch\nA,Chè,9520001000003\nB,Cà phê,9520001000004\n");
        ImportReport r = cat.importFile(f);
        assertThat(r.written()).isFalse();
        assertThat(r.refused()).isEqualTo(1);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.columnLetter()).isEqualTo("C");
            assertThat(p.header()).isEqualTo("Mã vạch");
            assertThat(p.field()).isEqualTo("gtin");
            assertThat(p.key()).isEqualTo("gtin.error.checkDigit");
            assertThat(p.args()).containsExactly("3");
        });
        assertThat(cat.productCount()).isZero();
        assertThat(cat.changeCount()).isZero();
    }

    @Test
    void everyProblemOfARowIsListedInColumnOrder() {
        Path f = csv("bad.csv", "sku,name_vi,price_vnd,ocop_stars,gtin,name_en\n"
                + ",,một trăm,6,123,\n");
        ImportReport r = cat.importFile(f);
        assertThat(r.problems()).extracting(RowProblem::field, RowProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sku", "catalog.error.skuRequired"),
                org.assertj.core.groups.Tuple.tuple("name_vi", "catalog.error.nameRequired"),
                org.assertj.core.groups.Tuple.tuple("price_vnd", "import.error.number"),
                org.assertj.core.groups.Tuple.tuple("ocop_stars", "catalog.error.ocopStars"),
                org.assertj.core.groups.Tuple.tuple("gtin", "gtin.error.length"));
    }

    @Test
    void reimportUpdatesBySkuAndLeavesColumnsTheFileLacks() {
        Path first = csv("v1.csv", "sku,name_vi,description_vi,price_vnd\n"
                + "A,Chè,Chè ngon,100000\nB,Cà phê,Rang mộc,200000\nC,Mật ong,Hoa bạc hà,300000\n");
        assertThat(cat.importFile(first).created()).isEqualTo(3);
        long changes = cat.changeCount();

        ImportReport again = cat.importFile(first);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(cat.productCount()).isEqualTo(3);
        assertThat(cat.changeCount()).as("nothing changed, nothing logged").isEqualTo(changes);

        Path prices = csv("v2.csv", "sku;price_vnd\nB;250.000\nC;300.000\n");
        ImportReport r = cat.importFile(prices);
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(cat.productCount()).isEqualTo(3);
        assertThat(cat.bySku("B").whole(ProductField.PRICE_VND)).isEqualTo(250_000L);
        assertThat(cat.bySku("B").text(ProductField.DESCRIPTION_VI)).isEqualTo("Rang mộc");
        assertThat(cat.bySku("B").nameVi()).isEqualTo("Cà phê");
        assertThat(cat.count("SELECT count(*) FROM change WHERE field = 'price_vnd' AND base_hlc IS NOT NULL"))
                .isEqualTo(1);
        assertThat(cat.changeCount()).as("one changed field, one change row").isEqualTo(changes + 1);
    }

    @Test
    void aBlankCellInAColumnTheFileHasClearsTheField() {
        cat.importFile(csv("v1.csv", "sku,name_vi,description_vi\nA,Chè,Chè ngon\n"));
        cat.importFile(csv("v2.csv", "sku,description_vi\nA,\n"));
        assertThat(cat.bySku("A").text(ProductField.DESCRIPTION_VI)).isNull();
        assertThat(cat.bySku("A").nameVi()).isEqualTo("Chè");
    }

    @Test
    void allOrNothingByDefaultSkipBadOnRequest() {
        Path f = csv("mixed.csv", "sku,name_vi,price_vnd\nA,Chè,100000\nB,,200000\nC,Mật ong,abc\nD,Gạo,50000\n");
        ImportReport strict = cat.importFile(f);
        assertThat(strict.written()).isFalse();
        assertThat(strict.refused()).isEqualTo(2);
        assertThat(strict.created()).as("what would have been created").isEqualTo(2);
        assertThat(cat.productCount()).isZero();
        assertThat(cat.changeCount()).isZero();

        ImportReport lenient = cat.importFile(f, new ImportOptions(ImportMode.SKIP_BAD, false));
        assertThat(lenient.written()).isTrue();
        assertThat(lenient.created()).isEqualTo(2);
        assertThat(lenient.refused()).isEqualTo(2);
        assertThat(lenient.problems()).extracting(RowProblem::row).containsExactly(3L, 4L);
        assertThat(lenient.problemsByRow().keySet()).containsExactly(3L, 4L);
        assertThat(cat.snapshot().keySet()).containsExactly("A", "D");
    }

    @Test
    void aDryRunReportsEverythingAndWritesNothing() {
        cat.importFile(csv("v1.csv", "sku,name_vi\nA,Chè\n"));
        long changes = cat.changeCount();
        String before = cat.snapshot().toString();
        ImportReport r = cat.importFile(csv("v2.csv", "sku,name_vi\nA,Chè xanh\nB,Cà phê\nC,\n"),
                ImportOptions.dryRun(ImportMode.SKIP_BAD));
        assertThat(r.written()).isFalse();
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.created()).isEqualTo(1);
        assertThat(r.refused()).isEqualTo(1);
        assertThat(cat.snapshot().toString()).isEqualTo(before);
        assertThat(cat.changeCount()).isEqualTo(changes);
    }

    @Test
    void duplicateSkuInTheFileIsRefusedWithTheFirstRow() {
        ImportReport r = cat.importFile(csv("dup.csv", "sku,name_vi\nA,Chè\nB,Cà phê\n A ,Chè 2\n"),
                new ImportOptions(ImportMode.SKIP_BAD, false));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.key()).isEqualTo("import.error.duplicateSku");
            assertThat(p.args()).containsExactly("A", 2L);
        });
        assertThat(cat.bySku("A").nameVi()).isEqualTo("Chè");
    }

    @Test
    void cancellingRollsBackEverything() {
        StringBuilder sb = new StringBuilder("sku,name_vi\n");
        for (int i = 0; i < 3000; i++) {
            sb.append("S-").append(i).append(",Sản phẩm ").append(i).append('\n');
        }
        Path f = csv("big.csv", sb.toString());
        CancelToken cancel = new CancelToken();
        int[] reports = {0};
        Work work = new Work(p -> {
            if (++reports[0] == 2) { // some rows are written by now
                cancel.cancel();
            }
        }, cancel);
        ImportPlan plan = cat.importer.plan(f);
        assertThatThrownBy(() -> cat.importer.run(plan, ImportOptions.DEFAULT, work))
                .isInstanceOf(CancellationException.class);
        assertThat(cat.productCount()).isZero();
        assertThat(cat.changeCount()).isZero();
        assertThat(cat.importFile(f).created()).as("the store is usable afterwards").isEqualTo(3000);
    }

    @Test
    void progressGoesFromStartToTheWholeFile() {
        StringBuilder sb = new StringBuilder("sku,name_vi\n");
        for (int i = 0; i < 1200; i++) {
            sb.append("S-").append(i).append(",Tên ").append(i).append('\n');
        }
        Path f = csv("p.csv", sb.toString());
        List<org.tradekit.work.Progress> seen = new java.util.ArrayList<>();
        cat.importer.run(cat.importer.plan(f), ImportOptions.DEFAULT, new Work(seen::add, CancelToken.NEVER));
        assertThat(seen).hasSizeGreaterThanOrEqualTo(3);
        assertThat(seen.get(seen.size() - 1).fraction()).isEqualTo(1.0);
        assertThat(seen.get(seen.size() - 1).args()).containsExactly(1200L);
        assertThat(seen).extracting(org.tradekit.work.Progress::done).isSorted();
    }

    @Test
    void certificationsAndTranslationsUpdateInPlace() {
        cat.importFile(csv("c1.csv", "sku,name_vi,certifications,name_zh,description_zh\n"
                + "A,Chè,\"VietGAP:VG-1:2027-01-31; hữu cơ\",茶,好茶\n"));
        Product a = cat.bySku("A");
        assertThat(a.certifications()).extracting(Certification::scheme).containsExactlyInAnyOrder("VietGAP", "Organic");
        assertThat(a.translations()).extracting(Translation::lang, Translation::name, Translation::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("zh", "茶", "好茶"));
        String vietGapId = a.certifications().stream().filter(c -> c.scheme().equals("VietGAP")).findFirst()
                .orElseThrow().id();
        String zhId = a.translations().get(0).id();

        ImportReport r = cat.importFile(csv("c2.csv", "sku,certifications,name_zh\nA,VietGAP:VG-1:2028-01-31,绿茶\n"));
        assertThat(r.updated()).isEqualTo(1);
        Product b = cat.bySku("A");
        assertThat(b.certifications()).singleElement().satisfies(c -> {
            assertThat(c.id()).as("renewed, not replaced").isEqualTo(vietGapId);
            assertThat(c.expiry()).isEqualTo(LocalDate.of(2028, 1, 31));
        });
        assertThat(b.translations()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(zhId);
            assertThat(t.name()).isEqualTo("绿茶");
            assertThat(t.description()).as("no description_zh column: kept").isEqualTo("好茶");
        });
        assertThat(cat.count("SELECT count(*) FROM product_certification WHERE _cl % 2 = 0")).as("organic dropped")
                .isEqualTo(1);
    }

    @Test
    void theUserMapsUnknownHeaders() {
        Path f = csv("map.csv", "Article,Tên,Ghi chú\nA,Chè,Ngon\n");
        ImportPlan plan = cat.importer.plan(f);
        assertThat(plan.blockers()).extracting(ImportNotice::key).containsExactly("import.error.noSkuColumn");
        assertThat(plan.notices()).extracting(ImportNotice::key).containsOnly("import.notice.unmapped");
        assertThatThrownBy(() -> cat.importer.run(plan, ImportOptions.DEFAULT, Work.NONE))
                .isInstanceOf(CatalogFileException.class);
        ImportPlan mapped = plan.withMapping(plan.mapping().with("Article", ColumnTarget.field(ProductField.SKU))
                .with("Ghi chú", ColumnTarget.field(ProductField.DESCRIPTION_VI)));
        ImportReport r = cat.importer.run(mapped, ImportOptions.DEFAULT, Work.NONE);
        assertThat(r.notices()).isEmpty();
        assertThat(cat.bySku("A").text(ProductField.DESCRIPTION_VI)).isEqualTo("Ngon");
    }

    @Test
    void unmappedColumnsAreReportedAndNotImported() {
        ImportReport r = cat.importFile(csv("extra.csv", "sku,name_vi,Ghi chú nội bộ\nA,Chè,bí mật\n"));
        assertThat(r.notices()).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo("import.notice.unmapped");
            assertThat(n.args()).containsExactly("Ghi chú nội bộ", "C");
        });
        assertThat(TestCatalog.describe(cat.bySku("A"))).doesNotContain("bí mật");
    }

    @Test
    void aSeparatorInsideAnUnquotedValueIsCaught() {
        ImportReport r = cat.importFile(csv("comma.csv", "sku,name_vi,price_vnd\nA,Chè,120,5\n"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("import.error.extraCells");
            assertThat(p.args()).containsExactly(4, 3);
            assertThat(p.header()).isEqualTo("D");
        });
    }

    @Test
    void aNewSkuInAnUpdateOnlyFileNeedsAName() {
        ImportReport r = cat.importFile(csv("prices.csv", "sku,price_vnd\nNEW,1000\n"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(-1);
            assertThat(p.header()).isEqualTo("name_vi");
            assertThat(p.key()).isEqualTo("catalog.error.nameRequired");
        });
    }

    @Test
    void fileLevelProblemsStopBeforeAnythingIsWritten() {
        Path headerOnly = csv("header.csv", "sku,name_vi\r\n\r\n");
        assertThatThrownBy(() -> cat.importer.plan(headerOnly)).isInstanceOf(CatalogFileException.class)
                .extracting(e -> ((CatalogFileException) e).key()).isEqualTo("import.error.noRows");
        Path damaged = csv("damaged.csv", "sku,name_vi\nA,Chè\nB,\"Cà phê\n");
        ImportPlan plan = cat.importer.plan(damaged);
        assertThatThrownBy(() -> cat.importer.run(plan, new ImportOptions(ImportMode.SKIP_BAD, false), Work.NONE))
                .isInstanceOf(CatalogFileException.class)
                .extracting(e -> ((CatalogFileException) e).key()).isEqualTo("import.error.csvDamaged");
        assertThat(cat.productCount()).isZero();
        assertThat(cat.changeCount()).isZero();
    }

    @Test
    void aFileChangedBetweenPlanAndRunIsNotGuessedAt() {
        Path f = csv("f.csv", "sku,name_vi\nA,Chè\n");
        ImportPlan plan = cat.importer.plan(f);
        csv("f.csv", "name_vi,sku\nChè,A\n");
        assertThatThrownBy(() -> cat.importer.run(plan, ImportOptions.DEFAULT, Work.NONE))
                .isInstanceOf(CatalogFileException.class)
                .extracting(e -> ((CatalogFileException) e).key()).isEqualTo("import.error.fileChanged");
    }

    @Test
    void problemsListedAreCappedButAllCounted() {
        StringBuilder sb = new StringBuilder("sku,name_vi,price_vnd\n");
        for (int i = 0; i < 1500; i++) {
            sb.append("S-").append(i).append(",Tên,x\n");
        }
        ImportReport r = cat.importFile(csv("many.csv", sb.toString()));
        assertThat(r.refused()).isEqualTo(1500);
        assertThat(r.problemCount()).isEqualTo(1500);
        assertThat(r.problems()).hasSize(ProductImporter.LISTED_PROBLEMS);
        assertThat(r.problemsTruncated()).isTrue();
    }

    @Test
    void statusAndArchivedProductsImport() {
        cat.importFile(csv("s.csv", "sku,name_vi,status,ocop_level\nA,Chè,lưu trữ,Cấp tỉnh\n"));
        assertThat(cat.bySku("A").status()).isEqualTo(org.tradekit.catalog.ProductStatus.ARCHIVED);
        assertThat(cat.bySku("A").text(ProductField.OCOP_LEVEL)).isEqualTo("province");
    }
}
