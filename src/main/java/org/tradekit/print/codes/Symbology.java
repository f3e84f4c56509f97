package org.tradekit.print.codes;

/**
 * The symbologies Trade Kit prints, with the quiet zones (in modules) a scanner needs on each side
 * and the smallest X-dimension (module width) GS1's symbol specification tables allow for them.
 */
public enum Symbology {
    /** QR Code carrying a GS1 Digital Link URI; GS1 table for consumer items: X at least 0.396 mm. */
    QR(4, 4, 0.396),
    /** EAN-13 at 80 % magnification (the smallest retail size): X at least 0.264 mm. */
    EAN_13(11, 7, 0.264),
    /** UPC-A, same bars and limits as EAN-13 (it is an EAN-13 with a leading 0); 9 modules on both sides. */
    UPC_A(9, 9, 0.264),
    /** GS1-128 outside logistics (for logistic labels GS1 asks 0.495 mm): X at least 0.25 mm. */
    GS1_128(10, 10, 0.25);

    private final int quietLeft;
    private final int quietRight;
    private final double minModuleMm;

    Symbology(int quietLeft, int quietRight, double minModuleMm) {
        this.quietLeft = quietLeft;
        this.quietRight = quietRight;
        this.minModuleMm = minModuleMm;
    }

    /** Quiet zone left of the bars (for QR: on every side), in modules. */
    public int quietLeft() {
        return quietLeft;
    }

    public int quietRight() {
        return quietRight;
    }

    /** GS1's minimum X-dimension for this symbology, in millimetres. */
    public double minModuleMm() {
        return minModuleMm;
    }
}
