package org.tradekit.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.work.Work;

/** XLSX files as Excel users make them: typed numbers, real dates, text cells, gaps. Written by FastExcel here. */
class XlsxImportTest extends CatalogTestBase {

    Path workbook(String name) throws IOException {
        Path f = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(f); Workbook wb = new Workbook(os, "Test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Sản phẩm");
            String[] headers = {"Mã SP", "Tên sản phẩm", "Giá bán lẻ", "Khối lượng tịnh", "gtin", "ocop_stars",
                "ocop_decision_date", "export_price_usd", "certifications", "description_vi"};
            for (int c = 0; c < headers.length; c++) {
                ws.value(0, c, headers[c]);
            }
            ws.value(1, 0, "CF-01");
            ws.value(1, 1, "Cà phê Robusta Đắk Lắk");
            ws.value(1, 2, 120000);
            ws.value(1, 3, 1.234); // a true decimal: must not be read as 1234
            ws.value(1, 4, "9520001000003");
            ws.value(1, 5, 4);
            ws.value(1, 6, LocalDate.of(2024, 1, 31));
            ws.style(1, 6).format("dd/mm/yyyy").set();
            ws.value(1, 7, new BigDecimal("12.5"));
            ws.value(1, 8, "VietGAP:VG-9:2027-05-01");
            ws.value(1, 9, "Dòng một\nDòng hai");
            // row 3 left empty on purpose; row 4 has gaps and a text price typed the Vietnamese way
            ws.value(3, 0, "MO-02");
            ws.value(3, 1, "Mật ong");
            ws.value(3, 2, "1.250.000 ₫");
            ws.value(4, 0, "BAD");
            ws.value(4, 1, "Sai");
            ws.value(4, 4, 9520001000004L); // a number cell with a wrong check digit
            ws.value(4, 5, 7);
        }
        return f;
    }

    @Test
    void importsTypedCellsFromAnExcelWorkbook() throws IOException {
        Path f = workbook("products.xlsx");
        ImportReport r = cat.importFile(f, new ImportOptions(ImportMode.SKIP_BAD, false));
        assertThat(r.source().format()).isEqualTo(FileFormat.XLSX);
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.created()).isEqualTo(2);
        Product cf = cat.bySku("CF-01");
        assertThat(cf.nameVi()).isEqualTo("Cà phê Robusta Đắk Lắk");
        assertThat(cf.whole(ProductField.PRICE_VND)).isEqualTo(120_000L);
        assertThat(cf.get(ProductField.NET_QUANTITY)).isEqualTo(1.234);
        assertThat(cf.text(ProductField.GTIN)).isEqualTo("9520001000003");
        assertThat(cf.ocopStars()).isEqualTo(4);
        assertThat(cf.date(ProductField.OCOP_DECISION_DATE)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(cf.whole(ProductField.EXPORT_PRICE_USD)).isEqualTo(1_250L);
        assertThat(cf.certifications()).singleElement()
                .satisfies(c -> assertThat(c.expiry()).isEqualTo(LocalDate.of(2027, 5, 1)));
        assertThat(cf.text(ProductField.DESCRIPTION_VI)).isEqualTo("Dòng một\nDòng hai");
        assertThat(cat.bySku("MO-02").whole(ProductField.PRICE_VND)).isEqualTo(1_250_000L);
        assertThat(r.problems()).extracting(RowProblem::row, RowProblem::header, RowProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "gtin", "gtin.error.checkDigit"),
                org.assertj.core.groups.Tuple.tuple(5L, "ocop_stars", "catalog.error.ocopStars"));
    }

    @Test
    void aTruncatedWorkbookIsDamagedAndNothingIsWritten() throws IOException {
        byte[] whole = Files.readAllBytes(workbook("ok.xlsx"));
        Path cut = TestCatalog.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> cat.importer.run(cat.importer.plan(cut), ImportOptions.DEFAULT, Work.NONE))
                .isInstanceOf(CatalogFileException.class)
                .extracting(e -> ((CatalogFileException) e).key()).isEqualTo("import.error.xlsxDamaged");
        assertThat(cat.productCount()).isZero();
    }

    @Test
    void dateFormatsAreRecognised() {
        assertThat(XlsxSource.isDateFormat(14, null)).isTrue();
        assertThat(XlsxSource.isDateFormat(164, "dd/mm/yyyy")).isTrue();
        assertThat(XlsxSource.isDateFormat(164, "[$-42A]d mmmm yyyy")).isTrue();
        assertThat(XlsxSource.isDateFormat(164, "#,##0 \"₫\"")).isFalse();
        assertThat(XlsxSource.isDateFormat(164, "0.00")).isFalse();
        assertThat(XlsxSource.isDateFormat(0, "General")).isFalse();
    }
}
