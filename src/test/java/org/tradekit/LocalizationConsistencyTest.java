package org.tradekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Both bundles have the same keys, none empty, and every key is used in src/main. A key counts
 * as used when its literal appears in a source, or when it starts with one of the prefixes below
 * that the code completes at run time.
 */
class LocalizationConsistencyTest {
    /** Keys made at run time from a prefix and a code; each prefix appears literally in the code that makes them. */
    static final List<String> DYNAMIC_PREFIXES = List.of(
            "catalog.field.",            // ProductField.labelKey(): catalog.field.<field name>
            "backup.kind.",              // BackupKind.labelKey(): backup.kind.<kind code>
            "catalog.category.",         // CatalogTexts.category(): catalog.category.<category code>
            "label.ui.ecc.",             // LabelsView: label.ui.ecc.<QrErrorCorrection name>
            "label.ui.field.",           // LabelContentPane: label.ui.field.<LabelLayout field name>
            "lead.card.field.",          // CardBuilder.FIELD / LeadsScanCommand: lead.card.field.<field name>
            "cli.cmd.",                  // Cli.describe(): cli.cmd.<command path>.description
            "mixinStandardHelpOptions.", // read by picocli from the resource bundle
            "usage.",                    // read by picocli from the resource bundle
            "coop.field.",               // CoopProfileForm: coop.field.<column>
            "coop.prompt.",              // CoopProfileForm: coop.prompt.<column>
            "ui.editor.ocopLevel.",      // ProductEditorView: ui.editor.ocopLevel.<level>
            "ui.catalog.status.",        // StatusFilter.labelKey()
            "ui.settings.language.",     // SettingsView: ui.settings.language.<tag>
            "ui.settings.theme.",        // SettingsView: ui.settings.theme.<theme>
            "trace.event.kind.",         // EventKind.labelKey()
            "trace.step.",               // ProcessStep.labelKey()
            "trace.location.kind.",      // LocationKind.labelKey()
            "trace.lot.status.",         // LotStatus.labelKey()
            "trace.party.",              // PartyType.labelKey(), RecallCsv
            "trace.document.",           // DocumentType.labelKey(), RecallCsv
            "trace.errorReason.",        // ErrorReason.labelKey()
            "trace.ui.record.",          // trace.ui: the event form's title per EventKind code
            "trace.ui.role.",            // trace.ui: a lot movement's role in the timeline
            "trace.verify.problem.");    // ChainBreak.messageKey()

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        assertThat(load("en").stringPropertyNames()).isEqualTo(load("vi").stringPropertyNames());
    }

    @Test
    void noValueIsEmpty() throws IOException {
        for (String lang : List.of("en", "vi")) {
            Properties p = load(lang);
            assertThat(p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()))
                    .as("empty values in messages_" + lang).isEmpty();
        }
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(LocalizationConsistencyTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Set<String> unused = new TreeSet<>();
        for (String key : load("en").stringPropertyNames()) {
            boolean dynamic = DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith);
            if (!dynamic && !sources.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no source uses").isEmpty();
        for (String prefix : DYNAMIC_PREFIXES) {
            if (!prefix.startsWith("mixinStandardHelpOptions") && !prefix.startsWith("usage")) {
                assertThat(sources).as("the code that builds " + prefix + "*").contains("\"" + prefix);
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
