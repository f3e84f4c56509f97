package org.tradekit.gs1;

/**
 * What a barcode scanner sends when it is set to prefix the AIM symbology identifier (most can,
 * keyboard-wedge ones included): {@code ]Q1} plain QR, {@code ]Q3} GS1 QR, {@code ]d1/]d2} Data Matrix,
 * {@code ]J0/]J1} DotCode, {@code ]e0} GS1 DataBar, {@code ]C1} GS1-128, {@code ]E0} EAN-13/UPC-A,
 * {@code ]E4} EAN-8, with GS (ASCII 29) between AIs. {@link #data()} is in GS1's engine form: GS1
 * data starts with {@code ^} (FNC1), plain data that itself starts with {@code ^} is escaped with a
 * backslash, and a composite part follows a {@code |}.
 */
public record ScanData(Symbology symbology, String data) {
    public enum Symbology {
        QR, DATA_MATRIX, DOTCODE, DATABAR_EXPANDED, GS1_128, EAN13, EAN8
    }

    /** Reads scanner output; every GS1 element string in it is checked against the Syntax Dictionary. */
    public static ScanData parse(String scan) {
        if (scan == null || scan.length() < 3 || scan.charAt(0) != ']') {
            throw new Gs1Exception("gs1.scan.error.noSymbology");
        }
        String id = scan.substring(0, 3);
        String rest = scan.substring(3);
        return switch (id) {
            case "]Q1" -> plain(Symbology.QR, rest);
            case "]d1" -> plain(Symbology.DATA_MATRIX, rest);
            case "]J0" -> plain(Symbology.DOTCODE, rest);
            case "]Q3" -> new ScanData(Symbology.QR, gs1(rest));
            case "]d2" -> new ScanData(Symbology.DATA_MATRIX, gs1(rest));
            case "]J1" -> new ScanData(Symbology.DOTCODE, gs1(rest));
            case "]e0" -> new ScanData(Symbology.DATABAR_EXPANDED, gs1(rest));
            case "]C1" -> new ScanData(Symbology.GS1_128, gs1(rest));
            case "]E0" -> ean(Symbology.EAN13, rest, 13);
            case "]E4" -> ean(Symbology.EAN8, rest, 8);
            default -> throw new Gs1Exception("gs1.scan.error.unknownSymbology", id);
        };
    }

    /** Whether the data is GS1 element data (starts with FNC1), as opposed to plain text or a URI. */
    public boolean isElementData() {
        return data.startsWith("^");
    }

    private static ScanData plain(Symbology s, String rest) {
        if (rest.startsWith("https://") || rest.startsWith("http://") || rest.startsWith("HTTPS://")
                || rest.startsWith("HTTP://")) {
            DigitalLinkParser.strict().parse(rest); // a URI in a GS1 symbol must be a valid Digital Link
            return new ScanData(s, rest);
        }
        int slashes = 0;
        while (slashes < rest.length() && rest.charAt(slashes) == '\\') {
            slashes++;
        }
        boolean escape = slashes < rest.length() && rest.charAt(slashes) == ElementString.FNC1;
        return new ScanData(s, escape ? "\\" + rest : rest);
    }

    private static String gs1(String rest) {
        if (rest.isEmpty()) {
            throw new Gs1Exception("gs1.ai.error.noData");
        }
        if (rest.indexOf(ElementString.FNC1) >= 0) {
            throw new Gs1Exception("gs1.error.badCharacter", "", "^", rest);
        }
        String data = ElementString.FNC1 + rest.replace(ElementString.GS, ElementString.FNC1);
        ElementString.gs1().parseData(data);
        return data;
    }

    private static ScanData ean(Symbology s, String rest, int digits) {
        int bar = rest.indexOf('|');
        String primary = bar < 0 ? rest : rest.substring(0, bar);
        if (primary.length() != digits || !primary.chars().allMatch(Character::isDigit)) {
            throw new Gs1Exception("gs1.scan.error.ean", primary, digits);
        }
        int check = Gtin.checkDigit(primary.substring(0, digits - 1));
        if (primary.charAt(digits - 1) - '0' != check) {
            throw new Gs1Exception("gtin.error.checkDigit", check);
        }
        if (bar < 0) {
            return new ScanData(s, primary);
        }
        String composite = rest.substring(bar + 1);
        if (!composite.startsWith("]e0")) {
            throw new Gs1Exception("gs1.scan.error.unknownSymbology", composite.substring(0, Math.min(3, composite.length())));
        }
        return new ScanData(s, primary + "|" + gs1(composite.substring(3)));
    }
}
