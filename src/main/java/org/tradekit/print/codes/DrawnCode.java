package org.tradekit.print.codes;

/**
 * Where a code landed on the page, for layout and for the scan check: the box includes the quiet
 * zones (and the human-readable text, if any), in millimetres from the page's lower-left corner.
 *
 * @param moduleMm the width of one module (X-dimension)
 * @param modules the code's width in modules, quiet zones included
 */
public record DrawnCode(Symbology symbology, double x, double y, double width, double height, double moduleMm,
        int modules) {

    /** The box's right edge. */
    public double right() {
        return x + width;
    }

    /** The box's top edge. */
    public double top() {
        return y + height;
    }
}
