package org.tradekit.trace.place;

/**
 * A named place where events happen: a farm, a drying house, a warehouse, a shop, a fair booth.
 * The GLN is optional (many cooperatives have no GS1 membership).
 *
 * @param id null until saved
 */
public record Location(String id, String name, LocationKind kind, String gln, String address) {

    public static Location of(String name, LocationKind kind) {
        return new Location(null, name, kind, null, null);
    }

    public Location withId(String newId) {
        return new Location(newId, name, kind, gln, address);
    }

    public Location withGln(String newGln) {
        return new Location(id, name, kind, newGln, address);
    }
}
