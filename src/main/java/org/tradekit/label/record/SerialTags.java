package org.tradekit.label.record;

import java.nio.charset.StandardCharsets;

import org.tradekit.store.Sha256;

/**
 * Short device tags for serials: four characters of Crockford's base 32 (digits and capitals
 * without I, L, O, U, so nothing reads as another character), drawn from a hash of the device id.
 * Candidate {@code n} is a fresh draw, taken when an earlier one is already another device's.
 */
final class SerialTags {
    static final int LENGTH = 4;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private SerialTags() {
    }

    static String candidate(String deviceId, int attempt) {
        byte[] h = Sha256.digest().digest((deviceId + "#" + attempt).getBytes(StandardCharsets.UTF_8));
        int bits = ((h[0] & 0xff) << 16) | ((h[1] & 0xff) << 8) | (h[2] & 0xff); // 24 bits, 20 used
        StringBuilder tag = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            tag.append(ALPHABET.charAt((bits >>> (5 * i)) & 31));
        }
        return tag.toString();
    }

    static boolean isTag(String s) {
        if (s == null || s.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
