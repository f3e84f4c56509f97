package org.tradekit.cli;

import org.tradekit.i18n.Formats;

/** File sizes for people: megabytes with up to three decimals, in the locale's digits. */
final class Sizes {
    private Sizes() {
    }

    static String megabytes(Formats f, long bytes) {
        return f.number(Math.round(bytes / 1024.0) / 1024.0) + " MB";
    }
}
