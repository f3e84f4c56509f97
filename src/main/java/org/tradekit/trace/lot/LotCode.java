package org.tradekit.trace.lot;

import java.util.Optional;

import org.tradekit.catalog.FieldProblem;

/**
 * A lot code as GS1 carries it in AI (10) and Digital Link: 1 to 20 characters of the AI encodable
 * character set 82 ({@code ! " % & ' ( ) * + , - . / 0-9 : ; < = > ? A-Z _ a-z}).
 */
public final class LotCode {
    public static final int MAX_LENGTH = 20;

    private LotCode() {
    }

    public static boolean isAi82(int ch) {
        return ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9'
                || "!\"%&'()*+,-./:;<=>?_".indexOf(ch) >= 0;
    }

    /** What is wrong with a code, beside the field {@code code}; empty when it is a good code. */
    public static Optional<FieldProblem> problem(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of(FieldProblem.of("code", "trace.lot.error.codeRequired"));
        }
        int bad = code.codePoints().filter(ch -> !isAi82(ch)).findFirst().orElse(-1);
        if (bad >= 0) {
            String shown = Character.isWhitespace(bad) ? "␠" : new String(Character.toChars(bad));
            return Optional.of(FieldProblem.of("code", "trace.lot.error.codeCharacter", shown, code));
        }
        if (code.length() > MAX_LENGTH) {
            return Optional.of(FieldProblem.of("code", "trace.lot.error.codeLength", code.length(), MAX_LENGTH));
        }
        return Optional.empty();
    }

    /** Only the AI 82 characters of a text (a SKU with spaces or marks becomes usable in a code). */
    public static String keepAi82(String text) {
        StringBuilder sb = new StringBuilder();
        if (text != null) {
            text.codePoints().filter(LotCode::isAi82).forEach(sb::appendCodePoint);
        }
        return sb.toString();
    }
}
