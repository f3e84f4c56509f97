package org.tradekit.lead;

import java.time.LocalDate;
import java.util.List;

/**
 * A trade fair the cooperative exhibits at. {@code id} is null until saved; {@code country} is
 * ISO 3166-1 alpha-2; {@code staff} are the people at the booth, who capture leads.
 */
public record Fair(String id, String name, String city, String country, LocalDate starts, LocalDate ends, String booth,
        List<String> staff) {
    public Fair {
        staff = staff == null ? List.of() : List.copyOf(staff);
    }

    public Fair withId(String newId) {
        return new Fair(newId, name, city, country, starts, ends, booth, staff);
    }
}
