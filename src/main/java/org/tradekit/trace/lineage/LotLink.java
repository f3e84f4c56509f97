package org.tradekit.trace.lineage;

/**
 * One input lot of a processing or packing event to one of its output lots; {@code step} is the
 * process step code or "packing". A link from a partner's imported event (decision 0012) is
 * {@code external}, its step {@link #EXTERNAL} and its event id the external event's.
 */
public record LotLink(String parentId, String childId, String eventId, String step, boolean external) {
    public static final String EXTERNAL = "external";

    public LotLink(String parentId, String childId, String eventId, String step) {
        this(parentId, childId, eventId, step, false);
    }

    static LotLink external(String parentId, String childId, String eventId) {
        return new LotLink(parentId, childId, eventId, EXTERNAL, true);
    }
}
