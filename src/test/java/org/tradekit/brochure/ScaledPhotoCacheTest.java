package org.tradekit.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ScaledPhotoCacheTest {
    @Test
    void aPhotoIsScaledOnceAndTheLeastRecentlyUsedGoFirstOverBudget() {
        ScaledPhotoCache cache = new ScaledPhotoCache(250);
        AtomicInteger computed = new AtomicInteger();
        byte[] a = cache.get("a@10x10", () -> {
            computed.incrementAndGet();
            return new byte[100];
        });
        assertThat(cache.get("a@10x10", () -> {
            computed.incrementAndGet();
            return new byte[100];
        })).isSameAs(a);
        assertThat(computed).hasValue(1);
        cache.get("b", () -> new byte[100]);
        cache.get("a@10x10", () -> null); // a is now the most recently used
        cache.get("c", () -> new byte[100]); // 300 > 250: b goes
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("a@10x10", () -> null)).isSameAs(a);
        assertThat(cache.get("b", () -> null)).isNull(); // gone, and a failed computation is not kept
        assertThat(cache.size()).isEqualTo(2);
    }
}
