package org.tradekit.label.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several series printed one after another (several lots in one run): their contents side by side,
 * label i taken from the part it falls in. Codes are drawn per label when any part has serials.
 */
final class JoinedSeries implements LabelSeries {
    private final List<LabelSeries> parts;
    private final List<String> names;
    private final List<LabelContent> contents = new ArrayList<>();
    /** Where each part's labels and contents start. */
    private final int[] firstLabel;
    private final int[] firstContent;
    private final int count;

    JoinedSeries(List<LabelSeries> parts, List<String> names) {
        if (parts.size() != names.size()) {
            throw new IllegalArgumentException(parts.size() + " series but " + names.size() + " names");
        }
        this.parts = List.copyOf(parts);
        this.names = List.copyOf(names);
        firstLabel = new int[parts.size()];
        firstContent = new int[parts.size()];
        int labels = 0;
        for (int p = 0; p < parts.size(); p++) {
            firstLabel[p] = labels;
            firstContent[p] = contents.size();
            labels += parts.get(p).count();
            contents.addAll(parts.get(p).contents());
        }
        count = labels;
    }

    @Override
    public List<LabelContent> contents() {
        return contents;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public int contentOf(int label) {
        int p = partOf(firstLabel, label);
        return firstContent[p] + parts.get(p).contentOf(label - firstLabel[p]);
    }

    @Override
    public LabelCode codeOf(int label) {
        int p = partOf(firstLabel, label);
        return parts.get(p).codeOf(label - firstLabel[p]);
    }

    @Override
    public boolean codePerLabel() {
        return parts.stream().anyMatch(LabelSeries::codePerLabel);
    }

    @Override
    public String where(int content) {
        return names.get(partOf(firstContent, content));
    }

    @Override
    public String whereKey() {
        return "label.run.error.lot";
    }

    /** The last part starting at or before {@code index} (parts of no labels are never chosen: a run has 1 or more). */
    private static int partOf(int[] starts, int index) {
        int at = Arrays.binarySearch(starts, index);
        if (at < 0) {
            return -at - 2;
        }
        while (at + 1 < starts.length && starts[at + 1] == index) {
            at++; // an empty part starts where the next one does
        }
        return at;
    }
}
