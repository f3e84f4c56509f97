package org.tradekit.trace.event;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * A recorded event: its body as first written ({@code bytes}, which the hash and signature cover)
 * and the same body read. What screens, recall and the EPCIS export read.
 */
public record TraceEvent(EventBody body, byte[] bytes, byte[] hash, byte[] signature) {

    public String id() {
        return body.id();
    }

    public EventKind kind() {
        return EventKind.of(body.kind());
    }

    /** The time of the event with the offset it was recorded in (EPCIS eventTime and eventTimeZoneOffset). */
    public OffsetDateTime time() {
        return EventTimes.parse(body.time());
    }

    public String deviceId() {
        return body.device();
    }

    public long seq() {
        return body.seq();
    }

    public String hashHex() {
        return HexFormat.of().formatHex(hash);
    }

    /** The CBV disposition: the kind's usual one, non_conformant for a failed inspection. */
    public String disposition() {
        if (kind() == EventKind.INSPECTION && body.inspection() != null && !body.inspection().passed()) {
            return "non_conformant";
        }
        return kind().disposition();
    }

    /**
     * Outputs over inputs when every line has the same unit (a drying step: 100 kg of fresh leaves
     * made 22 kg of tea, yield 0.22); null otherwise.
     */
    public BigDecimal yield() {
        List<EventLine> in = body.inputs();
        List<EventLine> out = body.outputs();
        if (in.isEmpty() || out.isEmpty()) {
            return null;
        }
        String unit = in.get(0).unit();
        if (!in.stream().allMatch(l -> unit.equals(l.unit())) || !out.stream().allMatch(l -> unit.equals(l.unit()))) {
            return null;
        }
        BigDecimal sumIn = in.stream().map(EventLine::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sumOut = out.stream().map(EventLine::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sumIn.signum() == 0 ? null : sumOut.divide(sumIn, 4, java.math.RoundingMode.HALF_UP);
    }
}
