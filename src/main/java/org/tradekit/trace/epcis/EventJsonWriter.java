package org.tradekit.trace.epcis;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;

/** Writes one event as EPCIS 2.0 JSON-LD, fields in the standard's order (what, when, where, why). */
final class EventJsonWriter {
    private final Set<String> prefixes;

    /** @param prefixes the namespace prefixes the document declares besides the standard ones */
    EventJsonWriter(Set<String> prefixes) {
        this.prefixes = prefixes;
    }

    void write(JsonGenerator g, EpcisEvent e) throws IOException {
        EventFields f = e.fields();
        g.writeStartObject();
        g.writeStringField("type", e.type());
        if (f.eventId() != null) {
            g.writeStringField("eventID", f.eventId());
        }
        g.writeStringField("eventTime", EpcisTime.format(f.eventTime(), f.eventTimeZoneOffset()));
        g.writeStringField("eventTimeZoneOffset", EpcisTime.offset(f.eventTimeZoneOffset()));
        Map<String, Object> ilmd = null;
        if (e instanceof ObjectEvent o) {
            if (!o.epcList().isEmpty() || o.quantityList().isEmpty()) {
                strings(g, "epcList", o.epcList());
            }
            quantities(g, "quantityList", o.quantityList());
            g.writeStringField("action", o.action().name());
            ilmd = o.ilmd() == null ? null : o.ilmd().values();
        } else if (e instanceof AggregationEvent a) {
            optional(g, "parentID", a.parentId());
            strings(g, "childEPCs", a.childEpcs());
            quantities(g, "childQuantityList", a.childQuantityList());
            g.writeStringField("action", a.action().name());
        } else if (e instanceof TransformationEvent t) {
            strings(g, "inputEPCList", t.inputEpcList());
            quantities(g, "inputQuantityList", t.inputQuantityList());
            strings(g, "outputEPCList", t.outputEpcList());
            quantities(g, "outputQuantityList", t.outputQuantityList());
            optional(g, "transformationID", t.transformationId());
            ilmd = t.ilmd() == null ? null : t.ilmd().values();
        } else if (e instanceof TransactionEvent t) {
            optional(g, "parentID", t.parentId());
            strings(g, "epcList", t.epcList());
            quantities(g, "quantityList", t.quantityList());
            g.writeStringField("action", t.action().name());
        } else if (e instanceof AssociationEvent a) {
            optional(g, "parentID", a.parentId());
            strings(g, "childEPCs", a.childEpcs());
            quantities(g, "childQuantityList", a.childQuantityList());
            g.writeStringField("action", a.action().name());
        }
        optional(g, "bizStep", f.bizStep());
        optional(g, "disposition", f.disposition());
        idObject(g, "readPoint", f.readPoint());
        idObject(g, "bizLocation", f.bizLocation());
        if (!f.bizTransactions().isEmpty()) {
            g.writeArrayFieldStart("bizTransactionList");
            for (BizTransaction t : f.bizTransactions()) {
                g.writeStartObject();
                optional(g, "type", t.type());
                g.writeStringField("bizTransaction", t.id());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        sourceDest(g, "sourceList", "source", f.sources());
        sourceDest(g, "destinationList", "destination", f.destinations());
        if (ilmd != null) {
            g.writeFieldName("ilmd");
            map(g, ilmd);
        }
        if (f.errorDeclaration() != null) {
            ErrorDeclaration d = f.errorDeclaration();
            g.writeObjectFieldStart("errorDeclaration");
            g.writeStringField("declarationTime", EpcisTime.format(d.declarationTime(), f.eventTimeZoneOffset()));
            optional(g, "reason", d.reason());
            strings(g, "correctiveEventIDs", d.correctiveEventIds());
            g.writeEndObject();
        }
        if (!f.certificationInfo().isEmpty()) {
            strings(g, "certificationInfo", f.certificationInfo());
        }
        for (Map.Entry<String, Object> x : f.extensions().entrySet()) {
            g.writeFieldName(checked(x.getKey()));
            JsonValues.write(g, x.getValue());
        }
        g.writeEndObject();
    }

    private void map(JsonGenerator g, Map<String, Object> values) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Object> x : values.entrySet()) {
            g.writeFieldName(checked(x.getKey()));
            JsonValues.write(g, x.getValue());
        }
        g.writeEndObject();
    }

    /** A name whose prefix the document does not declare would not expand to an IRI: a caller's mistake. */
    private String checked(String name) {
        if (!EpcisContext.isDeclared(JsonValues.prefixOf(name), prefixes)) {
            throw new IllegalArgumentException("namespace prefix not declared in the document: " + name);
        }
        return name;
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void idObject(JsonGenerator g, String field, String id) throws IOException {
        if (id != null) {
            g.writeObjectFieldStart(field);
            g.writeStringField("id", id);
            g.writeEndObject();
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void quantities(JsonGenerator g, String field, List<QuantityElement> list) throws IOException {
        if (list.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (QuantityElement q : list) {
            g.writeStartObject();
            g.writeStringField("epcClass", q.epcClass());
            if (q.quantity() != null) {
                g.writeNumberField("quantity", q.quantity());
            }
            optional(g, "uom", q.uom());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void sourceDest(JsonGenerator g, String list, String field, List<SourceDest> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(list);
        for (SourceDest s : items) {
            g.writeStartObject();
            g.writeStringField("type", s.type());
            g.writeStringField(field, s.id());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
