package org.tradekit.print.printer;

/**
 * What the user measured on a test grid printed without calibration: how far the measured
 * label's crosshair landed from the real label's centre (mm, right and down positive), and how
 * long the scale bars printed (mm; null when not measured).
 */
public record Measurement(double crossRightMm, double crossDownMm, Double barXMm, Double barYMm) {
    public static Measurement offsetOnly(double crossRightMm, double crossDownMm) {
        return new Measurement(crossRightMm, crossDownMm, null, null);
    }
}
