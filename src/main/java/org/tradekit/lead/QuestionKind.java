package org.tradekit.lead;

/** How a fair's qualifying question is answered: free text, one choice, or several choices. */
public enum QuestionKind {
    TEXT, SINGLE, MULTIPLE;

    /** The stored code ("single"). */
    public String code() {
        return Codes.code(this);
    }

    /** The kind of a stored code; an unknown code (a newer device's) reads as text, so the answer still shows. */
    static QuestionKind of(String code) {
        for (QuestionKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        return TEXT;
    }
}
