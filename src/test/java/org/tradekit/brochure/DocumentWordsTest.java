package org.tradekit.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DocumentWordsTest {
    @Test
    void everyLanguageHasEveryKeyAndNoneIsEmpty() throws IOException {
        Properties en = load("en");
        for (DocumentLanguage l : DocumentLanguage.values()) {
            Properties p = load(l.code());
            assertThat(p.stringPropertyNames()).as(l.code()).isEqualTo(en.stringPropertyNames());
            assertThat(p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank())).as(l.code()).isEmpty();
        }
    }

    @Test
    void wordsAreReallyTranslated() {
        assertThat(new DocumentWords(DocumentLanguage.VI).get("doc.pricelist.title")).isEqualTo("Bảng giá");
        assertThat(new DocumentWords(DocumentLanguage.ZH).get("doc.pricelist.title")).isEqualTo("价目表");
        assertThat(new DocumentWords(DocumentLanguage.KO).get("doc.pricelist.title")).isEqualTo("가격표");
        assertThat(new DocumentWords(DocumentLanguage.JA).get("doc.pricelist.title")).isEqualTo("価格表");
        assertThat(new DocumentWords(DocumentLanguage.EN).get("doc.price.validUntil", "Dec 31, 2026"))
                .isEqualTo("Valid until Dec 31, 2026");
        // the fixed words differ between languages wherever a word is not a code (GTIN, OCOP, email)
        for (String key : new String[] {"doc.scan.trace", "doc.field.shelfLife", "doc.photo.none", "doc.fallback.marker"}) {
            assertThat(java.util.Arrays.stream(DocumentLanguage.values()).map(l -> new DocumentWords(l).get(key)).distinct())
                    .as(key).hasSize(5);
        }
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DocumentWordsTest.class.getResourceAsStream("/i18n/brochure_" + lang + ".properties")) {
            assertThat(in).as(lang).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
