package org.tradekit.gs1;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Percent-encoding of AI values in Digital Link URIs as GS1's engine does it: only RFC 3986
 * unreserved characters stay as they are; in query values a space is {@code +} and {@code +} is
 * a space, in path segments {@code +} is itself.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    public static String escape(String value, boolean query) {
        StringBuilder sb = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (unreserved(c)) {
                sb.append((char) c);
            } else if (c == ' ' && query) {
                sb.append('+');
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0f]);
            }
        }
        return sb.toString();
    }

    /**
     * Reverses {@link #escape}; a {@code %} not followed by two hex digits stays as it is. Bytes are
     * read as UTF-8 (invalid sequences become U+FFFD). Empty when the value hides a NUL character.
     */
    public static Optional<String> unescape(String value, boolean query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        byte[] in = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            int c = in[i];
            if (c == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                int decoded = hex(in[i + 1]) * 16 + hex(in[i + 2]);
                if (decoded == 0) {
                    return Optional.empty();
                }
                out.write(decoded);
                i += 2;
            } else if (c == '+' && query) {
                out.write(' ');
            } else {
                out.write(c);
            }
        }
        return Optional.of(out.toString(StandardCharsets.UTF_8));
    }

    static boolean unreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
