package org.tradekit.lead;

import java.nio.charset.StandardCharsets;

/**
 * A draft as a {@code mailto:} link (RFC 6068): the address, subject and body percent-encoded as
 * UTF-8, line breaks as %0D%0A, so the user's mail program opens it ready to send.
 */
public final class MailtoLinks {
    private MailtoLinks() {
    }

    public static String of(FollowUpDraft d) {
        StringBuilder b = new StringBuilder("mailto:");
        if (d.to() != null) {
            b.append(encode(d.to(), true));
        }
        b.append("?subject=").append(encode(d.subject(), false));
        b.append("&body=").append(encode(d.body().replace("\r\n", "\n").replace("\n", "\r\n"), false));
        return b.toString();
    }

    /**
     * Percent-encodes every octet but RFC 3986's unreserved characters (and, in the address, '@'),
     * which RFC 6068 allows everywhere; spaces become %20, never '+'.
     */
    static String encode(String s, boolean address) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~' || address && c == '@') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
