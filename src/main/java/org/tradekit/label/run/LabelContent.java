package org.tradekit.label.run;

import java.util.List;

/**
 * What one label says, apart from where things go: the title (the product's name, bold), the
 * ordered text fields, the code (or null), the caption printed under a QR code (the lot code; null
 * for none), and whether the cooperative's logo goes on it. {@link LabelFitter} places it on a label.
 */
public record LabelContent(String title, List<LabelText> fields, LabelCode code, String caption, boolean logo) {
    public LabelContent {
        fields = List.copyOf(fields);
    }
}
