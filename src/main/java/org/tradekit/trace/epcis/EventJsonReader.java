package org.tradekit.trace.epcis;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps one schema-valid EPCIS 2.0 JSON event to the neutral model. CBV values written as full URIs
 * become bare terms. Sensor data, persistent dispositions and record times are not kept (they do not
 * enter the lineage); prefixed fields become extensions.
 */
final class EventJsonReader {
    /** Fields every event type may carry that the model reads itself (everything else prefixed is an extension). */
    private static final Set<String> STANDARD = Set.of("@context", "type", "eventID", "eventTime", "recordTime",
            "eventTimeZoneOffset", "certificationInfo", "errorDeclaration", "action", "epcList", "quantityList",
            "bizStep", "disposition", "persistentDisposition", "readPoint", "bizLocation", "bizTransactionList",
            "sourceList", "destinationList", "sensorElementList", "ilmd", "parentID", "childEPCs", "childQuantityList",
            "inputEPCList", "inputQuantityList", "outputEPCList", "outputQuantityList", "transformationID");

    private EventJsonReader() {
    }

    static EpcisEvent read(JsonNode n) {
        EventFields f = fields(n);
        String type = n.path("type").asText();
        return switch (type) {
            case "ObjectEvent" -> new ObjectEvent(f, action(n), strings(n, "epcList"), quantities(n, "quantityList"),
                    ilmd(n));
            case "AggregationEvent" -> new AggregationEvent(f, action(n), text(n, "parentID"), strings(n, "childEPCs"),
                    quantities(n, "childQuantityList"));
            case "TransformationEvent" -> new TransformationEvent(f, strings(n, "inputEPCList"),
                    quantities(n, "inputQuantityList"), strings(n, "outputEPCList"), quantities(n, "outputQuantityList"),
                    text(n, "transformationID"), ilmd(n));
            case "TransactionEvent" -> new TransactionEvent(f, action(n), text(n, "parentID"), strings(n, "epcList"),
                    quantities(n, "quantityList"));
            case "AssociationEvent" -> new AssociationEvent(f, action(n), text(n, "parentID"), strings(n, "childEPCs"),
                    quantities(n, "childQuantityList"));
            default -> throw new IllegalArgumentException("event type not supported: " + type);
        };
    }

    private static EventFields fields(JsonNode n) {
        Instant time = OffsetDateTime.parse(n.path("eventTime").asText()).toInstant();
        ZoneOffset offset = ZoneOffset.of(n.path("eventTimeZoneOffset").asText());
        List<BizTransaction> txs = new ArrayList<>();
        for (JsonNode t : n.path("bizTransactionList")) {
            txs.add(new BizTransaction(term(text(t, "type"), Cbv.BIZ_TRANSACTION_TYPES::contains), text(t, "bizTransaction")));
        }
        List<String> certificates = n.path("certificationInfo").isTextual() ? List.of(n.get("certificationInfo").asText())
                : strings(n, "certificationInfo");
        Map<String, Object> extensions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!STANDARD.contains(e.getKey()) && JsonValues.isPrefixedName(e.getKey()) && !e.getKey().startsWith("@")) {
                extensions.put(e.getKey(), JsonValues.read(e.getValue()));
            }
        }
        return new EventFields(text(n, "eventID"), time, offset,
                term(text(n, "bizStep"), v -> BizStep.ofTerm(v).isPresent()),
                term(text(n, "disposition"), v -> Disposition.ofTerm(v).isPresent()),
                text(n.path("readPoint"), "id"), text(n.path("bizLocation"), "id"), txs,
                sourceDest(n, "sourceList", "source"), sourceDest(n, "destinationList", "destination"),
                errorDeclaration(n.get("errorDeclaration")), certificates, extensions);
    }

    private static ErrorDeclaration errorDeclaration(JsonNode d) {
        if (d == null || d.isNull()) {
            return null;
        }
        return new ErrorDeclaration(OffsetDateTime.parse(d.path("declarationTime").asText()).toInstant(),
                term(text(d, "reason"), Cbv.ERROR_REASONS::contains), strings(d, "correctiveEventIDs"));
    }

    private static List<SourceDest> sourceDest(JsonNode n, String list, String field) {
        List<SourceDest> out = new ArrayList<>();
        for (JsonNode s : n.path(list)) {
            out.add(new SourceDest(term(text(s, "type"), Cbv.SOURCE_DEST_TYPES::contains), text(s, field)));
        }
        return out;
    }

    private static Action action(JsonNode n) {
        return Action.valueOf(n.path("action").asText());
    }

    @SuppressWarnings("unchecked")
    private static Ilmd ilmd(JsonNode n) {
        JsonNode i = n.get("ilmd");
        return i == null || !i.isObject() ? null : new Ilmd((Map<String, Object>) JsonValues.read(i));
    }

    private static List<QuantityElement> quantities(JsonNode n, String field) {
        List<QuantityElement> out = new ArrayList<>();
        for (JsonNode q : n.path(field)) {
            out.add(new QuantityElement(text(q, "epcClass"), q.has("quantity") ? q.get("quantity").decimalValue() : null,
                    text(q, "uom")));
        }
        return out;
    }

    static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : n.path(field)) {
            out.add(s.asText());
        }
        return out;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The bare CBV term when a long form names a known one, else the value as it came. */
    private static String term(String v, Predicate<String> known) {
        if (v == null) {
            return null;
        }
        String shortTerm = Cbv.shortTerm(v);
        return known.test(shortTerm) ? shortTerm : v;
    }
}
