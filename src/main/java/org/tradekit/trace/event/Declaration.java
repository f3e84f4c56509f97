package org.tradekit.trace.event;

import java.util.List;

/**
 * What an error declaration says (EPCIS errorDeclaration): which event was wrong, why (a CBV
 * reason), and the ids of the corrective events recorded with it.
 */
public record Declaration(String event, String reason, List<String> corrective) {
    public Declaration {
        corrective = corrective == null ? List.of() : List.copyOf(corrective);
    }
}
