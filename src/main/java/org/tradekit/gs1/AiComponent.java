package org.tradekit.gs1;

import java.util.List;

/**
 * One component of an AI's data field as the GS1 Syntax Dictionary specifies it, e.g. {@code N13,csum}
 * or {@code [X..16]}: a character set (N numeric, X CSET 82, Y CSET 39, Z CSET 64), a length range,
 * whether it may be left out, and the linters that check its content.
 */
public record AiComponent(char charset, int minLength, int maxLength, boolean optional, List<String> linters) {
    public AiComponent {
        linters = List.copyOf(linters);
    }

    public boolean fixedLength() {
        return minLength == maxLength;
    }
}
