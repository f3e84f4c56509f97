package org.tradekit.print.codes;

import org.tradekit.i18n.Messages;

/** Something about a code's size that may make it fail to scan: a message key and its arguments. */
public record ScanWarning(Kind kind, String key, Object... args) {
    public enum Kind {
        /** The module is less than the printer can render reliably (too few dots). */
        TOO_FEW_DOTS,
        /** The module is not a whole number of printer dots: bars come out uneven. */
        NOT_WHOLE_DOTS,
        /** The module is below GS1's minimum X-dimension for the symbology. */
        BELOW_GS1_MINIMUM
    }

    public ScanWarning {
        args = args.clone();
    }

    public String message(Messages messages) {
        return messages.get(key, args);
    }
}
