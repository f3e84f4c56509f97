package org.tradekit.gs1;

/** GS1's character sets for AI data. */
final class Cset {
    /** GS1 AI encodable character set 82: what a lot or serial number may contain. */
    static final String CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    /** GS1 AI encodable character set 39. */
    static final String CSET39 = "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** File-safe, URI-safe base64 (RFC 4648), with padding. */
    static final String CSET64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=";

    private Cset() {
    }

    static String of(char type) {
        return switch (type) {
            case 'X' -> CSET82;
            case 'Y' -> CSET39;
            case 'Z' -> CSET64;
            default -> "0123456789";
        };
    }

    /** Index of the first character of {@code s} outside {@code set}, or -1. */
    static int firstOutside(String s, String set) {
        for (int i = 0; i < s.length(); i++) {
            if (set.indexOf(s.charAt(i)) < 0) {
                return i;
            }
        }
        return -1;
    }
}
