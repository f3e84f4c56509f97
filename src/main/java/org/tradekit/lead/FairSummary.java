package org.tradekit.lead;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fair brought (null fair: every fair): live leads in all, per day of capture in date order (the
 * local date at the booth), the top products of interest, and per country, rating, status and staff
 * member, the largest first. Leads without a value count under a null key.
 */
public record FairSummary(String fairId, long leads, Map<LocalDate, Long> perDay, List<Count> perProduct,
        List<Count> perCountry, List<Count> perRating, List<Count> perStatus, List<Count> perStaff) {
    public FairSummary {
        perDay = Collections.unmodifiableSortedMap(new TreeMap<>(perDay));
        perProduct = List.copyOf(perProduct);
        perCountry = List.copyOf(perCountry);
        perRating = List.copyOf(perRating);
        perStatus = List.copyOf(perStatus);
        perStaff = List.copyOf(perStaff);
    }

    /** One bar: the stored key (a code, a product id, a staff name; null for none), its label, how many. */
    public record Count(String key, String label, long count) {
    }
}
