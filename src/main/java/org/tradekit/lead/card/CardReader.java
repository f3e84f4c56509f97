package org.tradekit.lead.card;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Reads what a business card or badge QR code said into {@link CardData}. Never throws for bad
 * input: a payload that cannot be read is kept raw, read as text, and its problems listed.
 */
public final class CardReader {
    /** Longer payloads are kept raw but only their start is parsed (a QR code holds under 3 kB). */
    static final int MAX_PARSED = 256 * 1024;

    private CardReader() {
    }

    public static CardData read(String payload) {
        String raw = payload == null ? "" : payload;
        String text = raw.length() > MAX_PARSED ? raw.substring(0, MAX_PARSED) : raw;
        text = text.replace("\u0000", "");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CardData data;
        try {
            data = parse(raw, text.strip());
        } catch (RuntimeException | StackOverflowError e) {
            // a library choking on hostile input must not lose the card: fall back to text
            data = TextCards.read(raw, text, "lead.card.problem.unreadable");
        }
        if (raw.length() > MAX_PARSED) {
            data = withProblem(data, CardProblem.of("lead.card.problem.tooLong", raw.length(), MAX_PARSED));
        }
        return data;
    }

    /** Bytes from a file: UTF-8 when they are UTF-8, else Windows-1258 (Vietnamese) so nothing is replaced by '?'. */
    public static CardData read(byte[] bytes) {
        return read(text(bytes));
    }

    /** Card bytes as text: UTF-8 when they are UTF-8, else Windows-1258 (Vietnamese). */
    public static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1258"));
        }
    }

    private static CardData parse(String raw, String text) {
        if (text.isEmpty()) {
            return new CardBuilder(raw, CardFormat.TEXT).problem("lead.card.problem.empty").build();
        }
        if (text.toUpperCase(Locale.ROOT).startsWith("BEGIN:VCARD")) {
            return VCardCards.read(raw, text);
        }
        return ZxingCards.read(raw, text);
    }

    private static CardData withProblem(CardData d, CardProblem p) {
        var problems = new java.util.ArrayList<>(d.problems());
        problems.add(p);
        return new CardData(d.formattedName(), d.givenName(), d.familyName(), d.organisation(), d.jobTitle(),
                d.emails(), d.phones(), d.websites(), d.handles(), d.address(), d.country(), d.note(), d.rawPayload(),
                d.format(), problems);
    }
}
