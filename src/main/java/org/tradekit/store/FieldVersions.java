package org.tradekit.store;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@code _versions} column: field name to the HLC of its current value (fields set after creation). */
public final class FieldVersions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Long>> TYPE = new TypeReference<>() {
    };

    private FieldVersions() {
    }

    public static Map<String, Long> parse(String json) {
        if (json == null || json.isEmpty()) {
            return new HashMap<>();
        }
        try {
            return new HashMap<>(JSON.readValue(json, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable _versions: " + json, e);
        }
    }

    public static String format(Map<String, Long> versions) {
        try {
            return JSON.writeValueAsString(versions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
