package org.tradekit.trace.epcis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.tradekit.work.Work;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a supplier's or buyer's EPCIS 2.0 JSON(-LD) file: an EPCISDocument, an EPCISQueryDocument or
 * a single event. The file is read twice, streaming, one event in memory at a time: first every
 * event is checked (GS1's schema, then {@link EventRules}, then mapping to the model) and every
 * problem collected; only a document without any problem is read again and handed over event by
 * event, each with its {@link EventIdentity}. A refused document hands over nothing.
 */
public final class EpcisDocumentReader {
    /** One event handed over: its position in the document (from 1), its stable identity, the event. */
    public record ImportedEvent(int number, String identity, EpcisEvent event) {
    }

    /** What the document said about itself, and how many events it held. */
    public record Summary(String type, String creationDate, String sender, int events) {
    }

    private static final Set<String> DOCUMENT_TYPES = Set.of("EPCISDocument", "EPCISQueryDocument");
    private static final Set<String> EVENT_TYPES = Set.of("ObjectEvent", "AggregationEvent", "TransformationEvent",
            "TransactionEvent", "AssociationEvent");
    /** More reasons than this help nobody: the rest are counted. */
    static final int MAX_PROBLEMS = 200;
    private static final int STEP = 1000;

    private final ObjectMapper json = new ObjectMapper();
    private final JsonFactory factory = json.getFactory();
    private final EpcisSchema schema;

    public EpcisDocumentReader(EpcisSchema schema) {
        this.schema = schema;
    }

    public EpcisDocumentReader() {
        this(EpcisSchema.get());
    }

    private interface EventVisitor {
        void visit(int number, JsonNode event);
    }

    /** Every reason to refuse the file; empty when it can be imported. */
    public List<EpcisProblem> check(Path file, Work work) throws IOException {
        Check c = new Check();
        ObjectNode shell;
        try {
            shell = scan(file, work, c::visit);
        } catch (JsonProcessingException e) {
            return List.of(new EpcisProblem(0, null, "", "epcis.import.error.notJson", e.getOriginalMessage(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr()));
        }
        String type = shell.path("type").asText();
        List<EpcisProblem> out = new ArrayList<>();
        if (EVENT_TYPES.contains(type)) {
            String id = EventJsonReader.text(shell, "eventID");
            List<EpcisSchema.Violation> violations = schema.validateDocument(shell);
            if (!violations.isEmpty()) {
                out.addAll(SchemaProblems.translate(1, id, shell, violations));
            } else {
                c.visit(1, shell);
            }
        } else if (DOCUMENT_TYPES.contains(type)) {
            out.addAll(SchemaProblems.translate(0, null, shell, schema.validateDocument(shell)));
        } else if (type.isEmpty()) {
            return List.of(new EpcisProblem(0, null, "", "epcis.import.error.noType"));
        } else {
            return List.of(new EpcisProblem(0, null, "type", "epcis.import.error.notEpcis", type));
        }
        out.addAll(c.problems);
        Set<String> declared = new HashSet<>();
        EventRules.declaredPrefixes(shell.get("@context"), declared);
        c.prefixes.forEach((prefix, number) -> {
            if (!EpcisContext.isDeclared(prefix, declared)) {
                out.add(new EpcisProblem(number, null, "", "epcis.problem.undeclaredPrefix", prefix));
            }
        });
        if (c.dropped > 0) {
            out.add(new EpcisProblem(0, null, "", "epcis.import.error.more", c.dropped));
        }
        return out;
    }

    /**
     * Checks the file, then hands each event over in document order.
     *
     * @throws EpcisImportException when the file is refused; the sink was not called
     */
    public Summary read(Path file, Work work, Consumer<ImportedEvent> sink) throws IOException {
        List<EpcisProblem> problems = check(file, work);
        if (!problems.isEmpty()) {
            throw new EpcisImportException(problems);
        }
        int[] count = {0};
        EventVisitor hand = (number, ev) -> {
            sink.accept(new ImportedEvent(number, EventIdentity.of(ev), EventJsonReader.read(ev)));
            count[0]++;
        };
        ObjectNode shell = scan(file, work, hand);
        if (EVENT_TYPES.contains(shell.path("type").asText())) {
            hand.visit(1, shell);
        }
        return new Summary(shell.path("type").asText(), EventJsonReader.text(shell, "creationDate"),
                EventJsonReader.text(shell, "sender"), count[0]);
    }

    /** The per-event checks of the first pass, and what must be judged once the whole file is read. */
    private final class Check {
        final List<EpcisProblem> problems = new ArrayList<>();
        /** Prefixes used by events and not declared by the event itself, each with the first event using it. */
        final Map<String, Integer> prefixes = new LinkedHashMap<>();
        final Set<String> ids = new HashSet<>();
        int dropped;

        void visit(int number, JsonNode ev) {
            String id = EventJsonReader.text(ev, "eventID");
            List<EpcisProblem> found = new ArrayList<>();
            if (id != null && !ids.add(id)) {
                found.add(new EpcisProblem(number, id, "eventID", "epcis.problem.duplicateEventId", id));
            }
            List<EpcisSchema.Violation> violations = schema.validateEvent(ev);
            if (!violations.isEmpty()) {
                found.addAll(SchemaProblems.translate(number, id, ev, violations));
            } else {
                List<EpcisProblem> broken = EventRules.check(number, id, ev);
                found.addAll(broken);
                if (broken.isEmpty()) {
                    try {
                        EventJsonReader.read(ev);
                    } catch (IllegalArgumentException | DateTimeException e) {
                        found.add(new EpcisProblem(number, id, "", "epcis.problem.model", e.getMessage()));
                    }
                }
            }
            Set<String> used = new HashSet<>();
            EventRules.collectPrefixes(ev, used);
            Set<String> local = new HashSet<>();
            EventRules.declaredPrefixes(ev.get("@context"), local);
            for (String prefix : used) {
                if (!local.contains(prefix)) {
                    prefixes.putIfAbsent(prefix, number);
                }
            }
            for (EpcisProblem p : found) {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(p);
                } else {
                    dropped++;
                }
            }
        }
    }

    /**
     * Reads the top level and the body as small trees, streaming the events of any {@code eventList}
     * inside {@code epcisBody} to the visitor; the returned shell has those lists empty.
     */
    private ObjectNode scan(Path file, Work work, EventVisitor visitor) throws IOException {
        try (JsonParser p = factory.createParser(Files.newInputStream(file))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonProcessingException("not a JSON object", p.currentLocation()) {
                    private static final long serialVersionUID = 1L;
                };
            }
            ObjectNode shell = json.createObjectNode();
            int[] number = {0};
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("epcisBody") && t == JsonToken.START_OBJECT) {
                    shell.set(name, body(p, work, visitor, number));
                } else {
                    shell.set(name, json.readTree(p));
                }
            }
            return shell;
        }
    }

    private ObjectNode body(JsonParser p, Work work, EventVisitor visitor, int[] number) throws IOException {
        ObjectNode out = json.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (name.equals("eventList") && t == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode ev = json.readTree(p);
                    visitor.visit(++number[0], ev);
                    if (number[0] % STEP == 0) {
                        work.cancel().check();
                        work.report(number[0], -1, "epcis.import.progress", number[0]);
                    }
                }
                out.set(name, json.createArrayNode());
            } else if (t == JsonToken.START_OBJECT) {
                out.set(name, body(p, work, visitor, number));
            } else {
                out.set(name, json.readTree(p));
            }
        }
        return out;
    }
}
