package org.tradekit.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "120000|120000",
        "120.000|120000",
        "120.000 ₫|120000",
        "120.000đ|120000",
        "120.000 đ|120000",
        "120.000 VNĐ|120000",
        "120000 vnd|120000",
        "1.234.567|1234567",
        "1,234,567|1234567",
        "1.234,5|1234.5",
        "1,234.5|1234.5",
        "1.000.000,75|1000000.75",
        "1,000,000.75|1000000.75",
        "1,5|1.5",
        "12.50|12.50",
        "$12.50|12.50",
        "12,50 USD|12.50",
        "0.125|0.125",
        "0,125|0.125",
        "1234.567|1234.567",
        "1234,567|1234.567",
        "1 234 567|1234567",
        "1\u00A0234\u00A0567 ₫|1234567",
        "-5|-5",
        "−1.234,5|-1234.5",
        "+7|7",
        ".5|0.5",
        "1.2340|1.2340",
    })
    void readsNumbersAsCooperativesWriteThem(String text, String expected) throws BadValue {
        assertThat(Numbers.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12a", "1.23.4", "1,2,3", "1.234,5,6", "1.234.5", "12 %", "--5", "1e5", "0x10",
        "١٢٣", "1.234.", "NaN", "Infinity", "-", "₫"})
    void refusesWhatIsNotANumberRatherThanGuessing(String text) {
        assertThatThrownBy(() -> Numbers.parse(text)).isInstanceOf(BadValue.class)
                .extracting(e -> ((BadValue) e).key()).isEqualTo("import.error.number");
    }

    @Test
    void blankIsNoValue() throws BadValue {
        assertThat(Numbers.parse("  ")).isNull();
        assertThat(Numbers.parse(null)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1.234,1.2340", "120.5,120.5", "0.125,0.125", "1234.567,1234.567", "12.50,12.5", "1E+3,1000",
        "-1.234,-1.2340", "999.999,999.9990", "5,5"})
    void writesNumbersTheRuleReadsBack(String value, String written) throws BadValue {
        String text = Numbers.canonical(new BigDecimal(value));
        assertThat(text).isEqualTo(written);
        assertThat(Numbers.parse(text)).isEqualByComparingTo(new BigDecimal(value));
    }

    @Test
    void everyCanonicalNumberReadsBackExactly() throws BadValue {
        Random r = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal v = BigDecimal.valueOf(r.nextLong() % 10_000_000_000L, r.nextInt(6));
            assertThat(Numbers.parse(Numbers.canonical(v))).as("%s", v).isEqualByComparingTo(v);
            double d = r.nextDouble() * Math.pow(10, r.nextInt(8));
            assertThat(Numbers.parse(Numbers.canonical(BigDecimal.valueOf(d))).doubleValue()).isEqualTo(d);
        }
    }
}
