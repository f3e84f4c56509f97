package org.tradekit.trace.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class EventCodecTest {
    @Test
    void bodiesAreCompactWithPlainDecimalsAndOffsetTimes() {
        EventBody b = new EventBody(1, "e1", "d1", 1, null, "k1", "sale",
                EventTimes.format(OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneOffset.ofHours(7))), "2026-11-23T02:30:00Z",
                null, "Lò Thị Mai", null, null, null, List.of(new EventLine("lot1", new BigDecimal("1.2E+3"), "kg")), null,
                null, null, null, null, null, null, null, null);
        String json = new String(EventCodec.write(b), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"v\":1,\"id\":\"e1\",\"device\":\"d1\",\"seq\":1,\"key\":\"k1\",\"kind\":\"sale\","
                + "\"time\":\"2026-11-23T09:30:00+07:00\",\"recorded\":\"2026-11-23T02:30:00Z\",\"person\":\"Lò Thị Mai\","
                + "\"inputs\":[{\"lot\":\"lot1\",\"qty\":1200,\"unit\":\"kg\"}]}");
        EventBody read = EventCodec.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(read.inputs().get(0).qty()).isEqualByComparingTo("1200");
        assertThat(read.person()).isEqualTo("Lò Thị Mai");
        assertThat(EventTimes.parse(read.time()).getOffset()).isEqualTo(ZoneOffset.ofHours(7));
    }

    @Test
    void aBodyFromANewerVersionIsReadWithoutItsNewFields() {
        String json = "{\"v\":2,\"id\":\"e2\",\"device\":\"d1\",\"seq\":2,\"prev\":\"ab\",\"key\":\"k1\",\"kind\":\"storage\","
                + "\"time\":\"2026-11-23T09:30:00+07:00\",\"sensor\":{\"temp\":21.5},\"observed\":[{\"lot\":\"x\"}]}";
        EventBody b = EventCodec.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(b.v()).isEqualTo(2);
        assertThat(b.observed()).containsExactly(new EventLine("x", null, null));
        assertThat(b.inputs()).isEmpty();
    }
}
