package org.tradekit.trace.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.PartyType;
import org.tradekit.trace.event.ProcessStep;

/** The consumer pages' own bundle: both languages have the same keys, none empty, and a word for every kind and step. */
class SiteBundleTest {
    static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n/site_" + lang + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoneIsEmpty() throws IOException {
        Properties vi = load("vi");
        Properties en = load("en");
        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (Properties p : new Properties[] {vi, en}) {
            assertThat(p.stringPropertyNames()).allMatch(k -> !p.getProperty(k).isBlank());
        }
        assertThat(vi.getProperty("site.journey")).isEqualTo("Hành trình sản phẩm"); // read as UTF-8, real Vietnamese
    }

    @Test
    void everyEventKindStepAndRecipientHasItsWords() throws IOException {
        Properties en = load("en");
        for (EventKind k : EventKind.values()) {
            assertThat(en).containsKey("site.kind." + k.code());
        }
        for (ProcessStep s : ProcessStep.values()) {
            assertThat(en).containsKey("site.step." + s.code());
        }
        for (PartyType t : PartyType.values()) {
            assertThat(en).containsKey("site.party." + t.code());
        }
    }

    @Test
    void theBundleIsChosenByThePagesLanguageNotTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("vi-VN"));
            assertThat(new SiteTexts("en").get("site.journey")).isEqualTo("The product's journey");
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            assertThat(new SiteTexts("vi").get("site.journey")).isEqualTo("Hành trình sản phẩm");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
