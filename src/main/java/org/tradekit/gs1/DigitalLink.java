package org.tradekit.gs1;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A GS1 Digital Link URI taken apart: the stem (scheme, domain and any custom path before the key),
 * the path elements (primary key, then its qualifiers in the standard's order) and the data
 * attributes carried as query parameters. Non-AI query parameters are kept as they came.
 */
public record DigitalLink(String stem, List<AiElement> path, List<AiElement> attributes, List<String> otherParameters) {
    /** GS1's canonical resolver, used when no stem is given. */
    public static final String CANONICAL_STEM = "https://id.gs1.org";

    public DigitalLink {
        path = List.copyOf(path);
        attributes = List.copyOf(attributes);
        otherParameters = List.copyOf(otherParameters);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a Digital Link has a primary key");
        }
    }

    public AiElement primaryKey() {
        return path.get(0);
    }

    /** The value of an AI from the path or the query. */
    public Optional<String> value(String ai) {
        for (AiElement e : elements()) {
            if (e.ai().equals(ai)) {
                return Optional.of(e.value());
            }
        }
        return Optional.empty();
    }

    /** Path elements then attributes: the AI data the link carries. */
    public List<AiElement> elements() {
        List<AiElement> all = new ArrayList<>(path);
        all.addAll(attributes);
        return all;
    }

    /** The host of the stem in lower case, without port or final dot. */
    public String domain() {
        return hostOf(stem);
    }

    static String hostOf(String stem) {
        int start = stem.indexOf("://") + 3;
        int end = stem.indexOf('/', start);
        String host = stem.substring(start, end < 0 ? stem.length() : end).toLowerCase(Locale.ROOT);
        if (!host.startsWith("[") && host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** The URI: path values percent-encoded as path segments, attributes as query parameters. */
    public String toUri() {
        StringBuilder sb = new StringBuilder(stem);
        for (AiElement e : path) {
            sb.append('/').append(e.ai()).append('/').append(PercentEncoding.escape(e.value(), false));
        }
        char sep = '?';
        for (AiElement e : attributes) {
            sb.append(sep).append(e.ai()).append('=').append(PercentEncoding.escape(e.value(), true));
            sep = '&';
        }
        for (String p : otherParameters) {
            sb.append(sep).append(p);
            sep = '&';
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toUri();
    }
}
