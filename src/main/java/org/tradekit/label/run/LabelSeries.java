package org.tradekit.label.run;

import java.util.List;

/**
 * The labels of a run: a few distinct contents, each laid out and drawn once, and for each label
 * which content it shows and which code it carries. A lot's run has one content and, when
 * serialised, one QR code per label; a CSV merge has one content per row.
 */
public interface LabelSeries {
    /** The most copies of each label a run prints: one for the pack and one for the file is the usual need. */
    int MAX_COPIES = 100;

    List<LabelContent> contents();

    int count();

    /** Index into {@link #contents()} of label {@code label} (0-based). */
    int contentOf(int label);

    /** The code label {@code label} carries. */
    LabelCode codeOf(int label);

    /** True when labels showing the same content carry different codes (serials): codes are then drawn per label. */
    boolean codePerLabel();

    /** Where content {@code content} came from, in the user's words: its CSV row for a merge, else its number. */
    default String where(int content) {
        return String.valueOf(content + 1);
    }

    /** The message that names {@link #where}: "Row {0}: {1}" for a merge, "Lot {0}: {1}" for several lots. */
    default String whereKey() {
        return "label.csv.error.row";
    }

    /**
     * Several series in one run, one after another on the same sheets (several lots' labels:
     * {@code names} are their codes, to say which one a refusal is about).
     */
    static LabelSeries join(List<LabelSeries> parts, List<String> names) {
        return parts.size() == 1 ? parts.get(0) : new JoinedSeries(parts, names);
    }

    /**
     * Each label printed {@code copies} times in a row, as label printers mean copies: with serials,
     * each serial on that many consecutive labels. Label i shows what label {@code i / copies} of this series shows.
     */
    default LabelSeries copies(int copies) {
        if (copies < 1 || copies > MAX_COPIES) {
            throw new LabelRunException("label.run.error.copies", copies, MAX_COPIES);
        }
        return copies == 1 ? this : new CopiedSeries(this, copies);
    }

    /** A run of one content: every label the same, or with {@code serial} codes per label. */
    static LabelSeries of(LabelContent content, int count, java.util.function.IntFunction<LabelCode> serial) {
        return new LabelSeries() {
            @Override
            public List<LabelContent> contents() {
                return List.of(content);
            }

            @Override
            public int count() {
                return count;
            }

            @Override
            public int contentOf(int label) {
                return 0;
            }

            @Override
            public LabelCode codeOf(int label) {
                return serial == null ? content.code() : serial.apply(label);
            }

            @Override
            public boolean codePerLabel() {
                return serial != null;
            }
        };
    }
}
