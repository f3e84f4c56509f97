package org.tradekit.trace.event;

/**
 * Business documents an event can name, by their CBV 2.0 business transaction type code
 * (purchase order, invoice, despatch advice, bill of lading, certificate, test result).
 * Label key {@code trace.document.<code>}.
 */
public enum DocumentType {
    PO("po"), INVOICE("inv"), DESPATCH_ADVICE("desadv"), BILL_OF_LADING("bol"), CERTIFICATE("cert"), TEST_RESULT("testres");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    /** The CBV code, as bodies and EPCIS carry it. */
    public String code() {
        return code;
    }

    public String labelKey() {
        return "trace.document." + code;
    }

    public static DocumentType of(String code) {
        for (DocumentType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown document type " + code);
    }
}
