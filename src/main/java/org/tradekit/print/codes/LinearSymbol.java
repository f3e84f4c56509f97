package org.tradekit.print.codes;

import java.util.List;
import java.util.Map;

import org.tradekit.gs1.AiElement;
import org.tradekit.gs1.ElementString;
import org.tradekit.gs1.Gtin;

import com.google.zxing.EncodeHintType;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.oned.EAN13Writer;

/**
 * The bars of a one-dimensional code (true = dark module), without quiet zones, and the text
 * printed under them.
 *
 * @param text the human-readable line: the digits for EAN-13/UPC-A, the bracketed element string for GS1-128
 */
public record LinearSymbol(Symbology symbology, boolean[] bars, String text) {
    /** ZXing's Code 128 writer reads this character as FNC1. */
    static final char ZXING_FNC1 = '\u00f1';
    /** GS1-128 carries at most 48 data characters (GS1 General Specifications 5.4.1). */
    public static final int GS1_128_MAX_DATA = 48;

    public LinearSymbol {
        bars = bars.clone();
    }

    @Override
    public boolean[] bars() {
        return bars.clone();
    }

    boolean bar(int module) {
        return bars[module];
    }

    public int length() {
        return bars.length;
    }

    /** EAN-13 of a GTIN-13 (a GTIN-12 gets its leading 0, a GTIN-14 must start with 0). */
    public static LinearSymbol ean13(Gtin gtin) {
        String d = gtin.gtin14();
        if (d.charAt(0) != '0' || gtin.digits().length() == 8) {
            throw new CodeException("print.codes.error.notEan13", null, gtin.digits());
        }
        String ean = d.substring(1);
        return new LinearSymbol(Symbology.EAN_13, new EAN13Writer().encode(ean), ean);
    }

    /** UPC-A of a GTIN-12 (also given as a GTIN-13 or -14 with leading zeros): the EAN-13 bars of 0 + the 12 digits. */
    public static LinearSymbol upcA(Gtin gtin) {
        String d = gtin.gtin14();
        if (!d.startsWith("00") || gtin.digits().length() == 8) {
            throw new CodeException("print.codes.error.notUpcA", null, gtin.digits());
        }
        String upc = d.substring(2);
        return new LinearSymbol(Symbology.UPC_A, new EAN13Writer().encode("0" + upc), upc);
    }

    /**
     * GS1-128 of an element string: FNC1 first and after each variable-length value, as
     * {@link ElementString#format} places them. Code sets are chosen by ZXing (C for digit pairs).
     */
    public static LinearSymbol gs1128(List<AiElement> elements) {
        String data = ElementString.gs1().format(elements);
        int dataChars = data.length() - 1; // the leading FNC1 is not data
        if (dataChars > GS1_128_MAX_DATA) {
            throw new CodeException("print.codes.error.gs1128TooLong", null, dataChars, GS1_128_MAX_DATA);
        }
        String zxing = data.replace(ElementString.FNC1, ZXING_FNC1);
        boolean[] bars = new Code128Writer().encode(zxing, Map.of(EncodeHintType.CODE128_COMPACT, Boolean.TRUE));
        return new LinearSymbol(Symbology.GS1_128, bars, ElementString.bracketed(elements));
    }
}
