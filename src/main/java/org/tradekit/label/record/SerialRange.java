package org.tradekit.label.record;

import java.util.Optional;

/**
 * The serials of one serialised run: {@code tag-first} to {@code tag-last} ("K7QD-1" to
 * "K7QD-30"). The tag names the device that allocated them, so two devices printing one lot
 * offline never print the same serial (decision 0018). Label {@code k} (0-based) of the run
 * carries {@link #serial(int) serial(k)} in AI 21.
 */
public record SerialRange(String tag, long first, long last) {
    /** Between tag and number: in GS1 CSET 82 and unreserved in a URI, so the QR needs no escapes. */
    static final char SEPARATOR = '-';

    public SerialRange {
        if (!SerialTags.isTag(tag)) {
            throw new IllegalArgumentException("bad serial tag " + tag);
        }
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad serial range " + first + ".." + last);
        }
    }

    public int count() {
        return Math.toIntExact(last - first + 1);
    }

    /** The serial of the run's label {@code index} (0-based). */
    public String serial(int index) {
        if (index < 0 || index >= count()) {
            throw new IndexOutOfBoundsException(index);
        }
        return format(tag, first + index);
    }

    public String firstSerial() {
        return format(tag, first);
    }

    public String lastSerial() {
        return format(tag, last);
    }

    public boolean contains(String serial) {
        return parse(serial).filter(p -> p.tag().equals(tag) && p.number() >= first && p.number() <= last).isPresent();
    }

    /** "K7QD-1 – K7QD-30", or the one serial of a run of one. */
    @Override
    public String toString() {
        return first == last ? firstSerial() : firstSerial() + " – " + lastSerial();
    }

    static String format(String tag, long number) {
        return tag + SEPARATOR + number;
    }

    /** A serial split into its tag and number; empty for anything this scheme did not make. */
    public record Parsed(String tag, long number) {
    }

    public static Optional<Parsed> parse(String serial) {
        if (serial == null) {
            return Optional.empty();
        }
        int dash = serial.lastIndexOf(SEPARATOR);
        if (dash < 1 || dash == serial.length() - 1 || serial.length() - dash > 19) {
            return Optional.empty();
        }
        String tag = serial.substring(0, dash).toUpperCase(java.util.Locale.ROOT);
        String digits = serial.substring(dash + 1);
        if (!SerialTags.isTag(tag) || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9') || digits.startsWith("0")) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(tag, Long.parseLong(digits)));
    }
}
