package org.tradekit.lead.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a .vcf file (or what was piped in) into the text of each card, so that each is read by the
 * card reader on its own and a broken one cannot take the others with it. Not a parser: it only
 * finds BEGIN:VCARD / END:VCARD lines. Text outside any card is kept as a piece of its own.
 */
public final class VCardChunks {
    private VCardChunks() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean inCard = false;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            String t = line.strip().toUpperCase(Locale.ROOT);
            if (t.startsWith("\uFEFF")) {
                t = t.substring(1);
            }
            if (t.equals("BEGIN:VCARD")) {
                add(out, piece); // a card without its END, or stray text: kept as it was
                inCard = true;
            }
            piece.append(line).append("\r\n");
            if (inCard && t.equals("END:VCARD")) {
                add(out, piece);
                inCard = false;
            }
        }
        add(out, piece);
        return out;
    }

    private static void add(List<String> out, StringBuilder piece) {
        if (!piece.toString().isBlank()) {
            out.add(piece.toString());
        }
        piece.setLength(0);
    }
}
