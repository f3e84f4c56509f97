package org.tradekit.gs1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a JSON-lines vector file from the test resources; each line becomes one named test case. */
final class Vectors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Vectors() {
    }

    static List<JsonNode> read(String resource) {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = Vectors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One argument per vector, named "line N: input" so a failing case says which vector it is. */
    static Stream<Arguments> cases(String resource, String inputField) {
        return read(resource).stream().map(v -> Arguments.of(
                org.junit.jupiter.api.Named.of("line " + v.path("line").asInt() + ": " + v.path(inputField).asText(), v)));
    }

    static boolean option(JsonNode v, String name) {
        return v.path("options").path(name).asBoolean(false);
    }

    static String text(JsonNode v, String field) {
        JsonNode n = v.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
