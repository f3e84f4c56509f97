package org.tradekit.trace.epcis;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Free-form values of ILMD and extension fields: String, Number, Boolean, LocalDate (written
 * ISO-8601), and Maps/Lists of those. Keys of maps are prefixed names ({@code cbvmda:lotNumber}).
 */
final class JsonValues {
    private JsonValues() {
    }

    /**
     * An unmodifiable deep copy, checking every top-level name is a prefixed name or an absolute URI
     * (nested objects are values, whose keys the standard leaves free).
     */
    static Map<String, Object> copy(Map<String, Object> in) {
        return copy(in, true);
    }

    private static Map<String, Object> copy(Map<String, Object> in, boolean top) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : in.entrySet()) {
            if (top && !isPrefixedName(e.getKey())) {
                throw new IllegalArgumentException("an extension or ILMD name needs a namespace prefix: " + e.getKey());
            }
            out.put(e.getKey(), copyValue(e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return copy((Map<String, Object>) m, false);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(copyValue(x)));
            return Collections.unmodifiableList(out);
        }
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof LocalDate) {
            return v;
        }
        throw new IllegalArgumentException("unsupported value: " + v);
    }

    /** {@code prefix:name} or a full IRI: something a JSON-LD processor expands to an IRI. */
    static boolean isPrefixedName(String key) {
        if (key.startsWith("@")) { // JSON-LD keywords (@value, @type, @id) inside a value
            return key.length() > 1;
        }
        int colon = key.indexOf(':');
        return colon > 0 && colon < key.length() - 1 && Character.isLetter(key.charAt(0));
    }

    static String prefixOf(String key) {
        return key.substring(0, key.indexOf(':'));
    }

    static void write(JsonGenerator g, Object v) throws IOException {
        if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof LocalDate d) {
            g.writeString(d.toString());
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object x : l) {
                write(g, x);
            }
            g.writeEndArray();
        } else {
            g.writeNull();
        }
    }

    /** A JSON tree as these values (numbers as BigDecimal, objects keep their order). */
    static Object read(JsonNode n) {
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            n.forEach(x -> out.add(read(x)));
            return out;
        }
        if (n.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), read(e.getValue()));
            }
            return out;
        }
        return null;
    }
}
