package org.tradekit.trace.event;

import java.util.List;

/** The outcome of an inspection: passed or failed, with what was checked. */
public record Inspection(String result, List<InspectionCheck> checks) {
    public static final String PASS = "pass";
    public static final String FAIL = "fail";

    public Inspection {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public static Inspection of(boolean passed, List<InspectionCheck> checks) {
        return new Inspection(passed ? PASS : FAIL, checks);
    }

    public boolean passed() {
        return PASS.equals(result);
    }
}
