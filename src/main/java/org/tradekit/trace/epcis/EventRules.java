package org.tradekit.trace.epcis;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Rules of EPCIS 2.0 and of JSON-LD that the JSON schema cannot express, checked on each event that
 * the schema accepted: lot master data only where objects come into being (action ADD, or a
 * transformation's outputs), a unit only with a quantity, no negative quantity, and every prefixed
 * name's prefix declared in the document's @context (else it would not expand to an IRI).
 */
final class EventRules {
    private static final List<String> QUANTITY_LISTS = List.of("quantityList", "childQuantityList",
            "inputQuantityList", "outputQuantityList");

    private EventRules() {
    }

    static List<EpcisProblem> check(int number, String id, JsonNode ev) {
        List<EpcisProblem> out = new ArrayList<>();
        String type = ev.path("type").asText();
        if (ev.has("ilmd") && !(type.equals("TransformationEvent")
                || (type.equals("ObjectEvent") && ev.path("action").asText().equals("ADD")))) {
            out.add(new EpcisProblem(number, id, "ilmd", "epcis.problem.ilmdNotAdd", ev.path("action").asText()));
        }
        for (String list : QUANTITY_LISTS) {
            int i = 0;
            for (JsonNode q : ev.path(list)) {
                String at = list + "/" + i++;
                if (q.has("uom") && !q.has("quantity")) {
                    out.add(new EpcisProblem(number, id, at + "/uom", "epcis.problem.uomWithoutQuantity", q.get("uom").asText()));
                }
                if (q.path("quantity").isNumber() && q.get("quantity").decimalValue().signum() < 0) {
                    out.add(new EpcisProblem(number, id, at + "/quantity", "epcis.problem.negativeQuantity",
                            q.get("quantity").decimalValue().toPlainString()));
                }
            }
        }
        return out;
    }

    /** Every prefix used in the names of the event's fields, ILMD and extension values, at any depth. */
    static void collectPrefixes(JsonNode n, Set<String> out) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().startsWith("@") && JsonValues.isPrefixedName(e.getKey())) {
                    out.add(JsonValues.prefixOf(e.getKey()));
                }
                if (!e.getKey().equals("@context")) {
                    collectPrefixes(e.getValue(), out);
                }
            }
        } else if (n.isArray()) {
            n.forEach(x -> collectPrefixes(x, out));
        }
    }

    /** Prefixes a JSON-LD @context declares (objects in it, or in an array of contexts). */
    static void declaredPrefixes(JsonNode context, Set<String> out) {
        if (context == null) {
            return;
        }
        if (context.isArray()) {
            context.forEach(c -> declaredPrefixes(c, out));
        } else if (context.isObject()) {
            context.fieldNames().forEachRemaining(k -> {
                if (!k.startsWith("@")) {
                    out.add(k);
                }
            });
        }
    }
}
