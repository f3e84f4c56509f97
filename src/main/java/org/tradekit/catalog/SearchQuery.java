package org.tradekit.catalog;

import java.util.List;

import org.tradekit.text.Fold;

/**
 * Turns whatever a user typed into a safe FTS5 expression: folded words, each quoted, the last
 * one a prefix. Quotes, brackets, operators and column names typed by the user are just text.
 */
public record SearchQuery(String folded, List<String> words) {

    public static SearchQuery of(String typed) {
        String folded = Fold.key(typed == null ? "" : typed).strip();
        return new SearchQuery(folded, List.copyOf(Fold.wordList(folded)));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The MATCH expression, bound as a parameter: {@code "ca" "phe"*}. */
    public String match() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append('"').append(words.get(i).replace("\"", "\"\"")).append('"');
            if (i == words.size() - 1) {
                sb.append('*');
            }
        }
        return sb.toString();
    }

    /** The words joined by single spaces: what an exact name match is compared with. */
    public String phrase() {
        return String.join(" ", words);
    }
}
