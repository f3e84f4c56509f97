package org.tradekit.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every message key the GS1 and EPCIS code uses is in both bundles, and every pattern of theirs formats. */
class Gs1MessagesTest {
    private static final Pattern KEY = Pattern.compile("\"((?:gs1|gtin|epcis)\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");

    static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Gs1MessagesTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void keysUsedExistInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/org/tradekit/gs1")),
                Files.walk(Path.of("src/main/java/org/tradekit/trace/epcis")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(bundle("en").stringPropertyNames()).containsAll(used);
        assertThat(bundle("vi").stringPropertyNames()).containsAll(used);
    }

    @Test
    void patternsFormatInBothLanguages() throws IOException {
        for (String lang : new String[] {"en", "vi"}) {
            Properties p = bundle(lang);
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("gs1.") || key.startsWith("epcis.")) {
                    assertThatCode(() -> new MessageFormat(p.getProperty(key), Locale.forLanguageTag(lang))
                            .format(new Object[] {1, 2, 3, 4})).as(lang + " " + key).doesNotThrowAnyException();
                }
            }
        }
    }
}
