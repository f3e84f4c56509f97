package org.tradekit.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradekit.catalog.ProductField;

class ColumnMappingTest {

    @Test
    void canonicalNamesMapInAnyCaseAndSpacing() {
        ColumnMapping m = ColumnMapping.auto(List.of("SKU", "Name VI", " name_en ", "Price-VND", "export_price_usd",
                "certifications", "name_zh", "Description KO", "ocop_expiry_date"));
        assertThat(m.targets()).containsExactly(ColumnTarget.field(ProductField.SKU),
                ColumnTarget.field(ProductField.NAME_VI), ColumnTarget.field(ProductField.NAME_EN),
                ColumnTarget.field(ProductField.PRICE_VND), ColumnTarget.field(ProductField.EXPORT_PRICE_USD),
                ColumnTarget.CERTIFICATIONS, ColumnTarget.translatedName("zh"), ColumnTarget.translatedDescription("ko"),
                ColumnTarget.field(ProductField.OCOP_EXPIRY_DATE));
        assertThat(m.unmapped()).isEmpty();
        assertThat(m.blockers()).isEmpty();
    }

    @Test
    void vietnameseHeadersAndFieldLabelsMapToo() {
        ColumnMapping m = ColumnMapping.auto(List.of("Mã SP", "Tên sản phẩm", "Giá bán lẻ", "Mã vạch", "Đơn vị tính",
                "Giá bán buôn (VND)", "Retail price (VND)", "Chứng nhận", "Số sao OCOP", "Ghi chú"));
        assertThat(m.targets()).containsExactly(ColumnTarget.field(ProductField.SKU),
                ColumnTarget.field(ProductField.NAME_VI), ColumnTarget.field(ProductField.PRICE_VND),
                ColumnTarget.field(ProductField.GTIN), ColumnTarget.field(ProductField.UNIT),
                ColumnTarget.field(ProductField.WHOLESALE_PRICE_VND),
                ColumnTarget.UNMAPPED, // the price is taken by "Giá bán lẻ" already
                ColumnTarget.CERTIFICATIONS, ColumnTarget.field(ProductField.OCOP_STARS), ColumnTarget.UNMAPPED);
        assertThat(m.unmapped()).containsExactly(6, 9);
    }

    @Test
    void columnsWithoutAHeaderAreIgnored() {
        ColumnMapping m = ColumnMapping.auto(List.of("sku", "name_vi", "", " "));
        assertThat(m.targets()).endsWith(ColumnTarget.IGNORE, ColumnTarget.IGNORE);
        assertThat(m.unmapped()).isEmpty();
    }

    @Test
    void anExactNameWinsOverALooseOneForTheSameField() {
        ColumnMapping m = ColumnMapping.auto(List.of("Tên", "sku", "name_vi"));
        assertThat(m.target(0)).isEqualTo(ColumnTarget.UNMAPPED);
        assertThat(m.target(2)).isEqualTo(ColumnTarget.field(ProductField.NAME_VI));
    }

    @Test
    void theUserMapsIgnoresAndIsToldWhatBlocks() {
        ColumnMapping m = ColumnMapping.auto(List.of("Code", "Tên", "Ghi chú"));
        assertThat(m.blockers()).isEmpty(); // "Code" is a common header for the SKU
        m = ColumnMapping.auto(List.of("Article", "Tên", "Ghi chú"));
        assertThat(m.blockers()).extracting(ImportNotice::key).containsExactly("import.error.noSkuColumn");
        m = m.with("Article", ColumnTarget.field(ProductField.SKU)).with(2, ColumnTarget.field(ProductField.NAME_VI));
        assertThat(m.blockers()).extracting(ImportNotice::key).containsExactly("import.error.twoColumns");
        m = m.with(java.text.Normalizer.normalize("Ghi chú", java.text.Normalizer.Form.NFD), ColumnTarget.IGNORE);
        assertThat(m.blockers()).isEmpty();
        assertThat(m.unmapped()).isEmpty();
    }

    @Test
    void targetsParseFromTheirCanonicalNames() {
        for (ColumnTarget t : ColumnTarget.choices()) {
            assertThat(ColumnTarget.parse(t.fileColumn())).contains(t);
        }
        assertThat(ColumnTarget.parse("name_ja")).contains(ColumnTarget.translatedName("ja"));
        assertThat(ColumnTarget.parse("price")).isEmpty();
        assertThat(ColumnMapping.letter(0)).isEqualTo("A");
        assertThat(ColumnMapping.letter(25)).isEqualTo("Z");
        assertThat(ColumnMapping.letter(26)).isEqualTo("AA");
        assertThat(ColumnMapping.letter(701)).isEqualTo("ZZ");
    }
}
