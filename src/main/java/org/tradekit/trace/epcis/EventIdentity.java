package org.tradekit.trace.epcis;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The stable identity of an imported event, so importing the same document again adds nothing: its
 * eventID when it has one, else {@code sha-256:} and the hash of the event's content in a canonical
 * form (fields sorted at every depth, numbers without trailing zeros, eventTime as a UTC instant,
 * recordTime and @context left out, since a repository sets the first and a document the second).
 * This content hash is Trade Kit's, not the CBV 2.0 event hash algorithm.
 */
public final class EventIdentity {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> IGNORED = Set.of("recordTime", "@context", "eventID");

    private EventIdentity() {
    }

    public static String of(JsonNode event) {
        JsonNode id = event.get("eventID");
        if (id != null && id.isTextual() && !id.asText().isEmpty()) {
            return id.asText();
        }
        return "sha-256:" + contentHash(event);
    }

    static String contentHash(JsonNode event) {
        try {
            byte[] canonical = JSON.writeValueAsBytes(canonical(event, true));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode canonical(JsonNode n, boolean top) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (top && IGNORED.contains(e.getKey())) {
                    continue;
                }
                JsonNode v = e.getValue();
                if (top && e.getKey().equals("eventTime") && v.isTextual()) {
                    v = f.textNode(OffsetDateTime.parse(v.asText()).toInstant().toString());
                }
                sorted.put(e.getKey(), canonical(v, false));
            }
            ObjectNode out = f.objectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (n.isArray()) {
            var out = f.arrayNode();
            n.forEach(x -> out.add(canonical(x, false)));
            return out;
        }
        if (n.isNumber()) {
            BigDecimal d = n.decimalValue().stripTrailingZeros();
            return f.textNode("n:" + d.toPlainString());
        }
        return n;
    }
}
