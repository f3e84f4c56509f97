package org.tradekit.trace.event;

/**
 * Where goods come from or go to (EPCIS source/destination): a buyer, a fair, a consumer, a member,
 * a supplier; {@code type} is a {@link PartyType} code; {@code ref} an optional id (a location, a
 * member) or GLN.
 */
public record Party(String type, String name, String ref) {
    public static Party of(PartyType type, String name) {
        return new Party(type.code(), name, null);
    }

    public PartyType partyType() {
        return PartyType.of(type);
    }
}
