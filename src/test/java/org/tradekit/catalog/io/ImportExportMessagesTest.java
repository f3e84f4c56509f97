package org.tradekit.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Every message key the import/export code and its commands use is in both bundles, and each pattern formats. */
class ImportExportMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"((?:import|export|cli|catalog|gtin|demo)\\.[A-Za-z.]*[A-Za-z])\"");

    static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(ImportExportMessagesTest.class
                .getResourceAsStream("/i18n/messages_" + lang + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void keysUsedByImportAndExportExistInBothLanguages() throws IOException {
        Properties en = bundle("en");
        Properties vi = bundle("vi");
        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/java/org/tradekit/catalog/io")),
                Files.list(Path.of("src/main/java/org/tradekit/cli")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("import.error.notFound", "cli.import.problem", "export.progress");
        assertThat(en.stringPropertyNames()).containsAll(used);
    }

    @Test
    void importAndExportMessagesFormatInBothLanguages() throws IOException {
        for (String lang : new String[] {"en", "vi"}) {
            Properties p = bundle(lang);
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("import.") || key.startsWith("export.") || key.startsWith("cli.import.")
                        || key.startsWith("cli.export.") || key.startsWith("cli.bench.")) {
                    String text = new MessageFormat(p.getProperty(key), Locale.forLanguageTag(lang))
                            .format(new Object[] {1L, 2L, 3L, 4L, 5L, 6L});
                    assertThat(text).as(lang + " " + key).doesNotContain("{").isNotBlank();
                }
            }
        }
        assertThat(bundle("vi").getProperty("import.error.duplicateSku")).contains("dòng");
    }

    @Test
    void everyColumnChoiceHasALabelInBothLanguages() throws IOException {
        for (String lang : new String[] {"en", "vi"}) {
            Properties p = bundle(lang);
            java.util.List<ColumnTarget> all = new java.util.ArrayList<>(ColumnTarget.choices());
            all.add(ColumnTarget.UNMAPPED);
            all.add(ColumnTarget.translatedName("zh"));
            all.add(ColumnTarget.translatedDescription("zh"));
            for (ColumnTarget t : all) {
                assertThat(p.getProperty(t.labelKey())).as(lang + " " + t).isNotBlank();
            }
        }
    }
}
