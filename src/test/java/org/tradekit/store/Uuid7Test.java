package org.tradekit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class Uuid7Test {
    @Test
    void isVersion7WithTheRfcVariantAndTheTimeInFront() {
        UUID u = Uuid7.next(1_790_000_000_000L);
        assertThat(u.version()).isEqualTo(7);
        assertThat(u.variant()).isEqualTo(2);
        assertThat(u.getMostSignificantBits() >>> 16).isEqualTo(1_790_000_000_000L);
    }

    @Test
    void idsMadeLaterSortLaterAndNeverRepeat() {
        String earlier = Uuid7.next(1_000L).toString();
        String later = Uuid7.next(2_000L).toString();
        assertThat(earlier).isLessThan(later);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            ids.add(Uuid7.next());
        }
        assertThat(ids).hasSize(50_000);
    }
}
