package org.tradekit.trace.epcis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Instance/lot master data written when a lot comes into being (ObjectEvent ADD, TransformationEvent
 * outputs): CBV master-data attributes under {@code cbvmda:} and, for what the CBV has no term for
 * (member, plot, harvest notes), attributes under the exporter's own namespace prefix. Values are
 * String, Number, Boolean, LocalDate, or Map/List of those.
 */
public record Ilmd(Map<String, Object> values) {
    public static final String ITEM_EXPIRATION_DATE = "cbvmda:itemExpirationDate";
    public static final String BEST_BEFORE_DATE = "cbvmda:bestBeforeDate";
    public static final String SELL_BY_DATE = "cbvmda:sellByDate";
    public static final String HARVEST_START_DATE = "cbvmda:harvestStartDate";
    public static final String HARVEST_END_DATE = "cbvmda:harvestEndDate";
    public static final String FIRST_FREEZE_DATE = "cbvmda:firstFreezeDate";
    public static final String LOT_NUMBER = "cbvmda:lotNumber";
    public static final String COUNTRY_OF_ORIGIN = "cbvmda:countryOfOrigin";

    public Ilmd {
        values = JsonValues.copy(values);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Builder itemExpirationDate(LocalDate d) {
            return put(ITEM_EXPIRATION_DATE, d);
        }

        public Builder bestBeforeDate(LocalDate d) {
            return put(BEST_BEFORE_DATE, d);
        }

        public Builder harvestStartDate(LocalDate d) {
            return put(HARVEST_START_DATE, d);
        }

        public Builder harvestEndDate(LocalDate d) {
            return put(HARVEST_END_DATE, d);
        }

        public Builder lotNumber(String lot) {
            return put(LOT_NUMBER, lot);
        }

        /** ISO 3166-1 alpha-2, e.g. VN. */
        public Builder countryOfOrigin(String alpha2) {
            return put(COUNTRY_OF_ORIGIN, alpha2);
        }

        /** Any attribute by its prefixed name, e.g. {@code tk:memberName}; null values are left out. */
        public Builder put(String name, Object value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        public Ilmd build() {
            return new Ilmd(values);
        }
    }
}
