package org.tradekit.trace.member;

/**
 * A member's plot (field, garden, hive site). Coordinates are optional (WGS 84 degrees) and come
 * in pairs; the area is in square metres.
 *
 * @param id null until saved
 */
public record Plot(String id, String memberId, String name, Double areaM2, Double latitude, Double longitude,
        String crop) {

    public Plot withId(String newId) {
        return new Plot(newId, memberId, name, areaM2, latitude, longitude, crop);
    }

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }
}
