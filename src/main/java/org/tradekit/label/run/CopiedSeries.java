package org.tradekit.label.run;

import java.util.List;

/** A series with each label repeated {@code copies} times in a row; see {@link LabelSeries#copies}. */
record CopiedSeries(LabelSeries original, int copies) implements LabelSeries {
    @Override
    public List<LabelContent> contents() {
        return original.contents();
    }

    @Override
    public int count() {
        return original.count() * copies;
    }

    @Override
    public int contentOf(int label) {
        return original.contentOf(label / copies);
    }

    @Override
    public LabelCode codeOf(int label) {
        return original.codeOf(label / copies);
    }

    @Override
    public boolean codePerLabel() {
        return original.codePerLabel();
    }

    @Override
    public String where(int content) {
        return original.where(content);
    }

    @Override
    public String whereKey() {
        return original.whereKey();
    }
}
