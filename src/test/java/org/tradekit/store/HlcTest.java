package org.tradekit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.tradekit.backup.TestClock;

class HlcTest {
    final TestClock clock = new TestClock(Instant.parse("2026-11-23T03:00:00Z"));

    @Test
    void followsTheWallClockWhenItMovesForward() {
        Hlc hlc = new Hlc(clock, 0);
        long a = hlc.now();
        clock.advance(Duration.ofMillis(5));
        long b = hlc.now();
        assertThat(Hlc.physical(a)).isEqualTo(clock.millis() - 5);
        assertThat(Hlc.physical(b)).isEqualTo(clock.millis());
        assertThat(Hlc.counter(b)).isZero();
    }

    @Test
    void neverGoesBackwardsWhenTheWallClockSteppsBack() {
        Hlc hlc = new Hlc(clock, 0);
        long before = hlc.now();
        clock.advance(Duration.ofHours(-3));
        long after1 = hlc.now();
        long after2 = hlc.now();
        assertThat(after1).isGreaterThan(before);
        assertThat(after2).isGreaterThan(after1);
        assertThat(Hlc.physical(after2)).isEqualTo(Hlc.physical(before));
    }

    @Test
    void staysAheadOfWhatItWasPersistedWithAcrossARestart() {
        long persisted = Hlc.encode(clock.millis() + 60_000, 7); // last run's clock was ahead
        Hlc restarted = new Hlc(clock, persisted);
        assertThat(restarted.now()).isGreaterThan(persisted);
    }

    @Test
    void receivingARemoteClockMovesPastIt() {
        Hlc hlc = new Hlc(clock, 0);
        long remote = Hlc.encode(clock.millis() + 10_000, 3);
        long r = hlc.receive(remote);
        assertThat(r).isGreaterThan(remote);
        assertThat(hlc.now()).isGreaterThan(r);
    }

    @Test
    void counterOverflowCarriesIntoTheMilliseconds() {
        long full = Hlc.encode(clock.millis() + 1_000, 0xFFFF);
        Hlc hlc = new Hlc(clock, full);
        long next = hlc.now();
        assertThat(Hlc.physical(next)).isEqualTo(clock.millis() + 1_001);
        assertThat(Hlc.counter(next)).isZero();
    }
}
