package org.tradekit.trace.epcis;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an EPCISDocument says about itself: when it was made (at which offset), optionally who sends
 * it to whom and an instance identifier, and the namespace prefixes its extension fields use
 * (added to the JSON-LD context after GS1's).
 */
public record DocumentHeader(Instant creationDate, ZoneOffset offset, String sender, String receiver,
        String instanceIdentifier, Map<String, String> namespaces) {
    /** Trade Kit's prefix for data the CBV has no term for (member, plot, process type...). */
    public static final String TRADEKIT_PREFIX = "tk";
    public static final String TRADEKIT_NAMESPACE = "urn:tradekit:epcis:";

    public DocumentHeader {
        if (creationDate == null || offset == null) {
            throw new IllegalArgumentException("a document has a creation date and offset");
        }
        namespaces = Map.copyOf(new LinkedHashMap<>(namespaces));
        for (Map.Entry<String, String> ns : namespaces.entrySet()) {
            if (!ns.getKey().matches("[A-Za-z][A-Za-z0-9_-]*") || !Cbv.isAbsoluteUri(ns.getValue())) {
                throw new IllegalArgumentException("bad namespace " + ns);
            }
        }
    }

    /** A document created now-ish with Trade Kit's namespace declared. */
    public static DocumentHeader of(Instant creationDate, ZoneOffset offset) {
        return new DocumentHeader(creationDate, offset, null, null, null, Map.of(TRADEKIT_PREFIX, TRADEKIT_NAMESPACE));
    }

    public DocumentHeader withSender(String newSender, String newReceiver) {
        return new DocumentHeader(creationDate, offset, newSender, newReceiver, instanceIdentifier, namespaces);
    }
}
