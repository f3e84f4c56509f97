package org.tradekit.label.run;

/**
 * One line of a label's text before layout: the field it shows ({@code key}, e.g. "lot" or a CSV
 * column), the words in the label's language, and how it stands out: bold, and its size relative
 * to the label's body text (the price on a price tag is larger).
 */
public record LabelText(String key, String text, boolean bold, double scale) {
    public static LabelText plain(String key, String text) {
        return new LabelText(key, text, false, 1);
    }
}
