package org.tradekit.label.run;

import java.util.List;

/**
 * Where everything goes on one label, in the label's own coordinates (lower-left origin): the text
 * lines, the code's box (quiet zones and human-readable text included; null when the label has no
 * code) and the logo's box (null for none).
 *
 * @param bodyPt the size the body text was fitted at (the title and emphasised fields are larger)
 */
public record FittedLabel(double widthMm, double heightMm, List<Line> lines, CodeBox code, Box logo, double bodyPt) {
    public FittedLabel {
        lines = List.copyOf(lines);
    }

    /** One line of text: its field, words, weight and size, and its start and baseline in points. */
    public record Line(String key, String text, boolean bold, double sizePt, double xPt, double baselinePt) {
    }

    /** A rectangle in mm from the label's lower-left corner. */
    public record Box(double xMm, double yMm, double widthMm, double heightMm) {
        public double topMm() {
            return yMm + heightMm;
        }

        public double rightMm() {
            return xMm + widthMm;
        }
    }

    /**
     * The code's box, quiet zones included. For a linear code the module and bar height are fixed
     * here; a QR code's module depends on its version, so each code is fitted to the square as drawn.
     */
    public record CodeBox(Box box, double moduleMm, double barHeightMm) {
    }

    /** The smallest text size on the label, in points. */
    public double smallestPt() {
        return lines.stream().mapToDouble(Line::sizePt).min().orElse(bodyPt);
    }
}
