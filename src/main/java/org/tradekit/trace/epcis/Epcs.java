package org.tradekit.trace.epcis;

import java.util.LinkedHashSet;
import java.util.List;

/** Lists of instance-level identifiers: absolute URIs, each once (the schema asks for unique items). */
final class Epcs {
    private Epcs() {
    }

    static List<String> copy(List<String> epcs) {
        for (String epc : epcs) {
            if (!Cbv.isAbsoluteUri(epc)) {
                throw new IllegalArgumentException("not an absolute URI: " + epc);
            }
        }
        return List.copyOf(new LinkedHashSet<>(epcs));
    }
}
