package org.tradekit.lead.card;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text from a badge or an unknown QR: the email addresses, phone numbers and links found in it. */
final class TextCards {
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+%-])[\\w.+%-]++@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");

    /** A QR code holds at most about 4,300 characters: scanning more of a hostile payload only costs time. */
    static final int MAX_SCANNED = 8 * 1024;

    private TextCards() {
    }

    /** @param why a problem key saying why the payload is read as text, or null when text is what it is */
    static CardData read(String raw, String text, String why) {
        CardBuilder b = new CardBuilder(raw, CardFormat.TEXT);
        if (why != null) {
            b.problem(why);
        }
        if (text.length() > MAX_SCANNED) {
            text = text.substring(0, MAX_SCANNED);
        }
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            b.email(m.group());
        }
        Matcher l = LINK.matcher(text);
        while (l.find()) {
            b.website(l.group());
        }
        Phones.findIn(text).forEach(b::phone);
        b.note(text);
        b.problem("lead.card.problem.plainText");
        return b.build();
    }
}
