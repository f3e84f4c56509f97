package org.tradekit.trace.epcis;

/** A source or destination of a transfer: the owning or possessing party, or a location. */
public record SourceDest(String type, String id) {
    public static final String OWNING_PARTY = "owning_party";
    public static final String POSSESSING_PARTY = "possessing_party";
    public static final String LOCATION = "location";

    public SourceDest {
        if (!Cbv.isSourceDestType(type)) {
            throw new IllegalArgumentException("not a CBV source/destination type: " + type);
        }
        if (!Cbv.isAbsoluteUri(id)) {
            throw new IllegalArgumentException("source/destination is not an absolute URI: " + id);
        }
    }
}
