package org.tradekit.trace.lineage;

/** One input lot of a processing or packing event to one of its output lots; {@code step} is the process step code or "packing". */
public record LotLink(String parentId, String childId, String eventId, String step) {
}
