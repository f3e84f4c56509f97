package org.tradekit.brochure;

import java.util.Arrays;
import java.util.Objects;

/**
 * Something the brochure shows differently from what the catalog holds (a photo replaced by a
 * placeholder, a description shortened, a product in English), said in the user's language.
 */
public record BrochureWarning(String key, Object... args) {
    @Override
    public boolean equals(Object o) {
        return o instanceof BrochureWarning w && key.equals(w.key) && Arrays.equals(args, w.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
