package org.tradekit.trace.event;

/** A business document an event names (EPCIS bizTransaction): a {@link DocumentType} code and its number. */
public record EventDocument(String type, String number) {
    public static EventDocument of(DocumentType type, String number) {
        return new EventDocument(type.code(), number);
    }
}
