package org.tradekit.trace.epcis;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * GS1's official EPCIS 2.0 JSON schema ({@code /epcis/EPCIS-JSON-Schema.json}, draft-07), loaded from
 * the class path: never fetched. Whole documents are validated by the root schema; an event inside
 * a document by the schema's {@code EPCIS-Document-Event} definition, one at a time while streaming.
 * Loading takes a moment, so one instance is kept and shared (it is immutable and thread-safe).
 */
public final class EpcisSchema {
    public static final String ID = "https://gs1.github.io/EPCIS/EPCIS-JSON-Schema.json";

    /** One schema violation: where (a JSON path such as {@code $.eventTime}), which keyword, and the library's text. */
    public record Violation(String location, String keyword, String property, String message) {
    }

    private final Schema document;
    private final Schema event;

    private EpcisSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                b -> b.schemaIdResolvers(r -> r.mapPrefix("https://gs1.github.io/EPCIS/", "classpath:epcis/")));
        document = registry.getSchema(SchemaLocation.of(ID));
        event = registry.getSchema(SchemaLocation.of(ID + "#/definitions/EPCIS-Document-Event"));
        document.initializeValidators();
        event.initializeValidators();
    }

    private static final class Holder {
        static final EpcisSchema INSTANCE = new EpcisSchema();
    }

    public static EpcisSchema get() {
        return Holder.INSTANCE;
    }

    /** Violations of a whole document (or a bare event), empty when it is valid. */
    public List<Violation> validateDocument(JsonNode doc) {
        return convert(document.validate(doc));
    }

    /** Violations of one event of a document's eventList (no @context needed there). */
    public List<Violation> validateEvent(JsonNode ev) {
        return convert(event.validate(ev));
    }

    private static List<Violation> convert(List<Error> errors) {
        List<Violation> out = new ArrayList<>();
        for (Error e : errors) {
            out.add(new Violation(String.valueOf(e.getInstanceLocation()), e.getKeyword(), e.getProperty(), e.getMessage()));
        }
        return out;
    }
}
