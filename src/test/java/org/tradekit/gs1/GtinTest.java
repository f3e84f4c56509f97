package org.tradekit.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {
    @ParameterizedTest
    @ValueSource(strings = {"96385074", "036000291452", "4006381333931", "9520000000004", "10614141000415",
            "4006 3813 3393 1", "400-6381-33393-1"})
    void acceptsValidGtinsOfEveryLength(String text) {
        assertThat(Gtin.problem(text)).isEmpty();
        assertThat(Gtin.parse(text).gtin14()).hasSize(14);
    }

    @ParameterizedTest
    @CsvSource({"4006381333932,CHECK_DIGIT", "9520000000008,CHECK_DIGIT", "12345,LENGTH", "400638133393A,NOT_DIGITS",
            "'',NOT_DIGITS", "123456789012345,LENGTH"})
    void namesWhatIsWrong(String text, Gtin.Problem problem) {
        assertThat(Gtin.problem(text)).contains(problem);
        assertThatThrownBy(() -> new Gtin(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"400638133393,1", "952000000000,4", "03600029145,2", "9638507,4"})
    void computesTheCheckDigit(String body, int check) {
        assertThat(Gtin.checkDigit(body)).isEqualTo(check);
        assertThat(Gtin.withCheckDigit(body).digits()).isEqualTo(body + check);
    }

    @ParameterizedTest
    @CsvSource({"96385074,00000096385074", "4006381333931,04006381333931", "10614141000415,10614141000415"})
    void padsToFourteenDigitsForDigitalLink(String gtin, String fourteen) {
        assertThat(Gtin.parse(gtin).gtin14()).isEqualTo(fourteen);
    }
}
