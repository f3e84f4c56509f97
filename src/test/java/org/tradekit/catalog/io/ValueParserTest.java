package org.tradekit.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradekit.catalog.Certification;
import org.tradekit.catalog.ProductField;

class ValueParserTest {

    @Test
    void moneyIsWholeDongAndUsCents() throws BadValue {
        assertThat(ValueParser.parse(ProductField.PRICE_VND, "120.000 ₫")).isEqualTo(120_000L);
        assertThat(ValueParser.parse(ProductField.PRICE_VND, "120000.00")).isEqualTo(120_000L);
        assertThat(ValueParser.parse(ProductField.EXPORT_PRICE_USD, "$1,234.5")).isEqualTo(123_450L);
        assertThat(ValueParser.parse(ProductField.EXPORT_PRICE_USD, "12,50")).isEqualTo(1_250L);
        assertThat(ValueParser.parse(ProductField.NET_QUANTITY, "1.234,5")).isEqualTo(1234.5);
        assertThat(ValueParser.parse(ProductField.NET_QUANTITY, "0,25")).isEqualTo(0.25);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "PRICE_VND|1.234,5|import.error.vndWhole",
        "EXPORT_PRICE_USD|1.5555|import.error.usdCents",
        "MOQ|2,5|import.error.whole",
        "PRICE_VND|99999999999999999999|import.error.tooLarge",
        "PRICE_VND|một trăm|import.error.number",
        "OCOP_DECISION_DATE|31/02/2026|import.error.date",
        "OCOP_DECISION_DATE|02/31/2026|import.error.date",
        "OCOP_DECISION_DATE|26-1-5|import.error.date",
        "STATUS|sold out|import.error.status",
        "GTIN|8.93123E+12|import.error.gtinScientific",
        "NAME_VI|Cà\u0007phê|import.error.controlChars",
        "NAME_VI|half \uD83D|import.error.controlChars",
        "NAME_VI|not\uFFFEtext|import.error.controlChars",
        "SKU|A\u0000B|import.error.controlChars",
    })
    void refusesBadCellsWithAReason(ProductField field, String text, String key) {
        assertThatThrownBy(() -> ValueParser.parse(field, text)).isInstanceOf(BadValue.class)
                .extracting(e -> ((BadValue) e).key()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-01-31", "31/01/2027", "31/1/2027", "31-01-2027", "31.01.2027", "2027/01/31",
        "2027-01-31T00:00:00", "2027-01-31 00:00"})
    void datesAreDayFirstOrIso(String text) throws BadValue {
        assertThat(ValueParser.parse(ProductField.OCOP_DECISION_DATE, text)).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "4 sao", "4 stars", "★★★★", "4.0"})
    void ocopStarsAsWritten(String text) throws BadValue {
        assertThat(ValueParser.parse(ProductField.OCOP_STARS, text)).isEqualTo(4L);
    }

    @Test
    void wordsForUnitsLevelsAndStatus() throws BadValue {
        assertThat(ValueParser.parse(ProductField.UNIT, "Kg")).isEqualTo("kg");
        assertThat(ValueParser.parse(ProductField.UNIT, "hộp")).isEqualTo("box");
        assertThat(ValueParser.parse(ProductField.UNIT, "sachet")).isEqualTo("sachet");
        assertThat(ValueParser.parse(ProductField.OCOP_LEVEL, "Cấp tỉnh")).isEqualTo("province");
        assertThat(ValueParser.parse(ProductField.OCOP_LEVEL, "National")).isEqualTo("national");
        assertThat(ValueParser.parse(ProductField.STATUS, "Lưu trữ")).isEqualTo("archived");
        assertThat(ValueParser.parse(ProductField.STATUS, "ACTIVE")).isEqualTo("active");
        assertThat(ValueParser.parse(ProductField.GTIN, "952 0001 00000 3")).isEqualTo("9520001000003");
    }

    @Test
    void textBecomesNfcAndTrimmedButKeepsLineBreaks() throws BadValue {
        String nfd = "Ca\u0300 phe\u0302\u0301\r\nngon\tla\u0306\u0301m ";
        assertThat(ValueParser.parse(ProductField.DESCRIPTION_VI, nfd)).isEqualTo("Cà phế\r\nngon\tlắm");
        assertThat(ValueParser.parse(ProductField.NAME_VI, "   ")).isNull();
    }

    @Test
    void certificationsCell() throws BadValue {
        List<Certification> certs = CertificationCell.parse("VietGAP:VG-123:2027-01-31; HACCP | global gap::31/12/2026;");
        assertThat(certs).containsExactly(new Certification(null, "VietGAP", "VG-123", LocalDate.of(2027, 1, 31)),
                new Certification(null, "HACCP", null, null),
                new Certification(null, "GlobalG.A.P.", null, LocalDate.of(2026, 12, 31)));
        assertThat(CertificationCell.format(certs)).isEqualTo("VietGAP:VG-123:2027-01-31; HACCP; GlobalG.A.P.::2026-12-31");
        assertThat(CertificationCell.parse(CertificationCell.format(certs))).isEqualTo(certs);
        assertThatThrownBy(() -> CertificationCell.parse("VietGAP:1:soon")).isInstanceOf(BadValue.class);
        assertThatThrownBy(() -> CertificationCell.parse(":123")).isInstanceOf(BadValue.class);
    }
}
