package org.tradekit.trace.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.i18n.Messages;
import org.tradekit.work.Work;

class EpcisImportTest {
    private static final Messages EN = new Messages(Messages.EN);
    private static final Messages VI = new Messages(Messages.VI);
    private final EpcisDocumentReader reader = new EpcisDocumentReader();
    @TempDir
    Path dir;

    private Path doc(String events) throws IOException {
        return doc("{\"example\":\"http://ns.example.com/epcis/\"}", events);
    }

    private Path doc(String extraContext, String events) throws IOException {
        String json = "{\"@context\":[\"" + EpcisContext.URL + "\"," + extraContext + "],\"type\":\"EPCISDocument\","
                + "\"schemaVersion\":\"2.0\",\"creationDate\":\"2026-11-23T10:00:00+07:00\",\"epcisBody\":{\"eventList\":["
                + events + "]}}";
        return Files.writeString(Files.createTempFile(dir, "doc", ".jsonld"), json);
    }

    private static String event(String extra) {
        return "{\"type\":\"ObjectEvent\",\"eventTime\":\"2026-11-20T08:30:00+07:00\",\"eventTimeZoneOffset\":\"+07:00\","
                + "\"action\":\"OBSERVE\",\"quantityList\":[{\"epcClass\":\"urn:epc:class:lgtin:9520123.045678.L1\","
                + "\"quantity\":500,\"uom\":\"KGM\"}]" + extra + "}";
    }

    private List<String> reasons(Path file, Messages m) throws IOException {
        return reader.check(file, Work.NONE).stream().map(p -> p.message(m)).toList();
    }

    @Test
    void namesTheEventAndTheFieldOfANonCbvBizStep() throws IOException {
        Path file = doc(event("") + "," + event(",\"eventID\":\"urn:uuid:7\",\"bizStep\":\"harvesting\""));
        assertThat(reasons(file, EN)).containsExactly("Event 2 (urn:uuid:7), field bizStep: \"harvesting\" is not a CBV 2.0 "
                + "business step (such as commissioning, receiving, shipping) nor an extension URI.");
        assertThat(reasons(file, VI)).containsExactly("Sự kiện 2 (urn:uuid:7), trường bizStep: \"harvesting\" không phải "
                + "bước nghiệp vụ CBV 2.0 (ví dụ commissioning, receiving, shipping) cũng không phải URI mở rộng.");
    }

    @Test
    void refusesAWholeDocumentAndHandsNothingOver() throws IOException {
        Path file = doc(event("") + "," + event(",\"eventTime\":\"22-07-2026\"").replaceFirst(
                "\"eventTime\":\"2026-11-20T08:30:00\\+07:00\",", ""));
        List<EpcisDocumentReader.ImportedEvent> handed = new ArrayList<>();
        assertThatThrownBy(() -> reader.read(file, Work.NONE, handed::add)).isInstanceOf(EpcisImportException.class)
                .satisfies(e -> assertThat(((EpcisImportException) e).report(EN))
                        .startsWith("The EPCIS document was refused (1 problem); nothing was imported.")
                        .contains("Event 2, field eventTime: \"22-07-2026\" is not a date and time with an offset"));
        assertThat(handed).isEmpty();
    }

    @Test
    void rulesTheSchemaCannotExpress() throws IOException {
        Path file = doc(event(",\"eventID\":\"urn:uuid:1\",\"ilmd\":{\"example:x\":1}") + ","
                + event(",\"eventID\":\"urn:uuid:1\",\"acme:grade\":\"A\"") + ","
                + event("").replace("\"quantity\":500,", "").replace("urn:epc:class:lgtin:9520123.045678.L1",
                        "urn:epc:class:lgtin:9520123.045678.L2") + ","
                + event("").replace("500", "-5"));
        assertThat(reader.check(file, Work.NONE)).extracting(EpcisProblem::eventNumber, EpcisProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "epcis.problem.ilmdNotAdd"),
                org.assertj.core.groups.Tuple.tuple(2, "epcis.problem.duplicateEventId"),
                org.assertj.core.groups.Tuple.tuple(3, "epcis.problem.uomWithoutQuantity"),
                org.assertj.core.groups.Tuple.tuple(4, "epcis.problem.negativeQuantity"),
                org.assertj.core.groups.Tuple.tuple(2, "epcis.problem.undeclaredPrefix"));
    }

    @Test
    void notJsonAndNotEpcisAreSaidSo() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"type\": \"EPCISDocument\", ");
        assertThat(reasons(broken, EN)).singleElement().asString().startsWith("Document: The file is not valid JSON");
        Path other = Files.writeString(dir.resolve("other.json"), "{\"type\": \"Invoice\"}");
        assertThat(reasons(other, VI)).containsExactly(
                "Tài liệu, trường type: Tệp không phải tài liệu hay sự kiện EPCIS 2.0 (loại \"Invoice\").");
    }

    @Test
    void eventsWithoutEventIdGetAContentHashThatIgnoresFormatting() throws IOException {
        Path a = doc(event(""));
        Path b = doc("{\"ex\":\"http://ns.example.com/epcis/\"}", event("").replace("500", "500.0")
                .replace("2026-11-20T08:30:00+07:00", "2026-11-20T01:30:00Z").replace("{\"type\":\"ObjectEvent\",",
                        "{ \"action\" : \"OBSERVE\", \"type\":\"ObjectEvent\",").replace("\"action\":\"OBSERVE\",", ""));
        Path c = doc(event("").replace("500", "501"));
        List<String> ids = new ArrayList<>();
        for (Path f : List.of(a, a, b, c)) {
            reader.read(f, Work.NONE, e -> ids.add(e.identity()));
        }
        assertThat(ids.get(0)).startsWith("sha-256:").hasSize(8 + 64).isEqualTo(ids.get(1)).isEqualTo(ids.get(2));
        assertThat(ids.get(3)).isNotEqualTo(ids.get(0));
    }

    @Test
    void longCbvFormsBecomeBareTermsAndExtensionsAreKept() throws IOException {
        Path file = doc(event(",\"eventID\":\"urn:uuid:9\",\"bizStep\":\"https://ref.gs1.org/cbv/BizStep-receiving\","
                + "\"disposition\":\"https://ref.gs1.org/cbv/Disp-in_progress\",\"example:grade\":{\"score\":9}"));
        List<EpcisEvent> events = new ArrayList<>();
        reader.read(file, Work.NONE, e -> events.add(e.event()));
        EventFields f = events.get(0).fields();
        assertThat(f.bizStep()).isEqualTo("receiving");
        assertThat(f.disposition()).isEqualTo("in_progress");
        assertThat(f.extensions()).containsKey("example:grade");
        assertThat(f.eventTimeZoneOffset()).hasToString("+07:00");
    }

    @Test
    void aSingleEventAndAQueryDocumentAreReadToo() throws IOException {
        Path single = Files.writeString(dir.resolve("event.json"),
                event(",\"@context\":[\"" + EpcisContext.URL + "\"],\"eventID\":\"urn:uuid:5\""));
        List<String> ids = new ArrayList<>();
        assertThat(reader.read(single, Work.NONE, e -> ids.add(e.identity())).type()).isEqualTo("ObjectEvent");
        assertThat(ids).containsExactly("urn:uuid:5");
        Path query = EpcisImportCorpusTest.resource("/openepcis/2.0/EPCIS/JSON/Query/QueryDocumentWithMultipleEvents.json");
        EpcisDocumentReader.Summary s = reader.read(query, Work.NONE, e -> { });
        assertThat(s.type()).isEqualTo("EPCISQueryDocument");
        assertThat(s.events()).isGreaterThan(1);
    }
}
