package org.tradekit.lead.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * Puts a keyboard-wedge scanner's lines back together. A scanner "types" a QR payload and presses
 * Enter at each line break, so a vCard arrives as many lines: they are collected from BEGIN:VCARD
 * until END:VCARD (or until the scanner has been quiet for a moment, see {@link #flush()}). Any
 * other payload (MECARD, mailto:, tel:, text) is one line and is complete at once.
 */
public final class ScanBuffer {
    private final StringBuilder lines = new StringBuilder();
    private int count;

    /** Takes one line; returns the whole payload when this line completed it. */
    public Optional<String> line(String line) {
        String l = line == null ? "" : line;
        if (count == 0) {
            if (l.isBlank()) {
                return Optional.empty();
            }
            if (!l.strip().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCARD")) {
                return Optional.of(l.strip());
            }
        }
        if (count > 0) {
            lines.append('\n');
        }
        lines.append(l);
        count++;
        if (l.strip().toUpperCase(Locale.ROOT).startsWith("END:VCARD")) {
            return flush();
        }
        return Optional.empty();
    }

    /** A whole payload at once (pasted, or typed by a scanner that sends line breaks as characters). */
    public Optional<String> whole(String text) {
        lines.setLength(0);
        count = 0;
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /** The scanner stopped before END:VCARD: what came so far is the payload (the reader copes with a truncated card). */
    public Optional<String> flush() {
        if (count == 0) {
            return Optional.empty();
        }
        String payload = lines.toString();
        lines.setLength(0);
        count = 0;
        return Optional.of(payload);
    }

    /**
     * Whether a line is how a card payload starts (BEGIN:VCARD, MECARD:, BIZCARD:, mailto:, tel:): typed
     * into a form field, it is a scanner's and belongs in the scan field.
     */
    public static boolean isPayloadStart(String line) {
        String l = line == null ? "" : line.strip().toUpperCase(Locale.ROOT);
        return l.startsWith("BEGIN:VCARD") || l.startsWith("MECARD:") || l.startsWith("BIZCARD:")
                || l.startsWith("MAILTO:") || l.startsWith("TEL:");
    }

    /** How many lines of a card are waiting for the rest. */
    public int pending() {
        return count;
    }
}
