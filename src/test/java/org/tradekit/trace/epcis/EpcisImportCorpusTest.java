package org.tradekit.trace.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradekit.i18n.Messages;
import org.tradekit.work.Work;

/**
 * Every EPCIS 2.0 JSON document of GS1's examples and of openEPCIS's test resources, each a test
 * case: valid ones import (every event mapped, each with an identity), invalid ones are refused with
 * reasons in both languages and nothing handed over. Where openEPCIS calls a document valid and
 * GS1's schema does not, GS1's schema wins ({@link #GS1_SCHEMA_REFUSES}).
 */
class EpcisImportCorpusTest {
    /** openEPCIS "valid" documents that GS1's official schema refuses, and why. */
    static final Map<String, String> GS1_SCHEMA_REFUSES = Map.of(
            "Capture/Documents/AggregationEvent_with_persistentDisposition.json",
            "persistentDisposition is not a field of AggregationEvent in EPCIS 2.0",
            "Capture/Documents/SensorData_with_combined_events.json", "measurement type EffectiveDoseRate is not in CBV 2.0",
            "Capture/Documents/TransactionEvent_with_userExtensions.json", "measurement type EffectiveDoseRate is not in CBV 2.0",
            "Query/SensorData_with_combined_events.json", "measurement type EffectiveDoseRate is not in CBV 2.0",
            "Query/TransactionEvent_with_userExtensions.json", "measurement type EffectiveDoseRate is not in CBV 2.0");

    private static final EpcisDocumentReader READER = new EpcisDocumentReader();

    static Path resource(String dir) {
        try {
            return Path.of(EpcisImportCorpusTest.class.getResource(dir).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> files(String dir, String openEpcisRoot) throws IOException {
        Path root = resource(dir);
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(json|jsonld)$"))
                    .sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                boolean invalid = rel.contains("Invalid/") || rel.startsWith("Query/Queries/")
                        || GS1_SCHEMA_REFUSES.containsKey(rel);
                out.add(Arguments.of(Named.of(rel, p), invalid));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> gs1Examples() throws IOException {
        return files("/gs1-epcis/examples-json", null);
    }

    static Stream<Arguments> openEpcis() throws IOException {
        return files("/openepcis/2.0/EPCIS/JSON", "");
    }

    @ParameterizedTest
    @MethodSource("gs1Examples")
    void gs1ExamplesImport(Path file, boolean invalid) throws IOException {
        assertOutcome(file, invalid);
    }

    @ParameterizedTest
    @MethodSource("openEpcis")
    void openEpcisDocumentsImportOrAreRefused(Path file, boolean invalid) throws IOException {
        assertOutcome(file, invalid);
    }

    private static void assertOutcome(Path file, boolean invalid) throws IOException {
        List<EpcisProblem> problems = READER.check(file, Work.NONE);
        if (invalid) {
            assertThat(problems).as("reasons to refuse").isNotEmpty();
            for (EpcisProblem p : problems) {
                assertThat(p.message(new Messages(Messages.EN))).doesNotContain("epcis.problem");
                assertThat(p.message(new Messages(Messages.VI))).doesNotContain("epcis.problem");
            }
            List<EpcisDocumentReader.ImportedEvent> handed = new ArrayList<>();
            try {
                READER.read(file, Work.NONE, handed::add);
            } catch (EpcisImportException expected) {
                assertThat(expected.problems()).isEqualTo(problems);
            }
            assertThat(handed).isEmpty();
        } else {
            assertThat(problems).isEmpty();
            List<EpcisDocumentReader.ImportedEvent> events = new ArrayList<>();
            EpcisDocumentReader.Summary summary = READER.read(file, Work.NONE, events::add);
            assertThat(summary.events()).isEqualTo(events.size());
            assertThat(events).allSatisfy(e -> assertThat(e.identity()).isNotBlank());
            List<String> again = new ArrayList<>();
            READER.read(file, Work.NONE, e -> again.add(e.identity()));
            assertThat(again).isEqualTo(events.stream().map(EpcisDocumentReader.ImportedEvent::identity).toList());
        }
    }
}
