package org.tradekit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradekit.catalog.SearchQuery;

class FoldTest {
    @ParameterizedTest
    @CsvSource({"Cà phê,ca phe", "Đặc sản Đắk Lắk,dac san dak lak", "Nước mắm,nuoc mam", "hoà,hoa", "hòa,hoa",
            "TRÀ XANH,tra xanh", "Mật ong rừng,mat ong rung"})
    void foldsMarksCaseAndDToD(String text, String key) {
        assertThat(Fold.key(text)).isEqualTo(key);
        assertThat(Fold.key(Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(key);
    }

    @Test
    void storesNfcWhateverTheKeyboardSent() {
        String nfd = Normalizer.normalize("Cà phê Đắk Lắk", Normalizer.Form.NFD);
        String cleaned = Fold.clean("  " + nfd + " ");
        assertThat(cleaned).isEqualTo(Normalizer.normalize("Cà phê Đắk Lắk", Normalizer.Form.NFC));
        assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
        assertThat(Fold.clean("   ")).isNull();
    }

    @Test
    void wordsDropPunctuation() {
        assertThat(Fold.words("Cà phê  Đắk-Lắk!")).isEqualTo("ca phe dak lak");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ca phe|\"ca\" \"phe\"*", "\"(|''", "-x AND y*|\"x\" \"and\" \"y\"*",
            "name: ^foo|\"name\" \"foo\"*", "Đắk'Lắk|\"dak\" \"lak\"*", "NEAR(a b)|\"near\" \"a\" \"b\"*"})
    void anyTypedTextBecomesASafeMatchExpression(String typed, String match) {
        assertThat(SearchQuery.of(typed).match()).isEqualTo(match == null ? "" : match);
    }
}
