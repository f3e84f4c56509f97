package org.tradekit.trace.epcis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * GS1's EPCIS 2.0 JSON-LD context ({@code /epcis/epcis-context.jsonld}): the URL documents name it
 * by, and the namespace prefixes it declares (cbvmda, gs1, cbv...), so a name like
 * {@code cbvmda:lotNumber} is known to expand without fetching anything.
 */
public final class EpcisContext {
    public static final String URL = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    /** IRI schemes that need no declared prefix. */
    private static final Set<String> SCHEMES = Set.of("http", "https", "urn");

    private static final class Holder {
        static final Set<String> PREFIXES = load();
    }

    private EpcisContext() {
    }

    /** Prefixes the standard context declares. */
    public static Set<String> standardPrefixes() {
        return Holder.PREFIXES;
    }

    /** Whether a prefixed name's prefix is known from the standard context, the given ones, or is an IRI scheme. */
    public static boolean isDeclared(String prefix, Set<String> documentPrefixes) {
        return SCHEMES.contains(prefix) || standardPrefixes().contains(prefix) || documentPrefixes.contains(prefix);
    }

    private static Set<String> load() {
        try (InputStream in = EpcisContext.class.getResourceAsStream("/epcis/epcis-context.jsonld")) {
            JsonNode ctx = new ObjectMapper().readTree(in).get("@context");
            Set<String> out = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = ctx.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String v = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().path("@id").asText("");
                if (!e.getKey().startsWith("@") && (v.endsWith("/") || v.endsWith("#") || v.endsWith(":"))) {
                    out.add(e.getKey());
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
