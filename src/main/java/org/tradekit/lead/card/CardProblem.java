package org.tradekit.lead.card;

import java.util.List;

import org.tradekit.i18n.Messages;

/** Something about a card the user should know (a number that is not valid, a field cut short...), as a message key. */
public record CardProblem(String key, List<Object> args) {
    public CardProblem {
        args = List.copyOf(args);
    }

    static CardProblem of(String key, Object... args) {
        return new CardProblem(key, List.of(args));
    }

    public String message(Messages messages) {
        Object[] said = args.stream()
                .map(a -> a instanceof String s && s.startsWith(CardBuilder.FIELD) ? messages.get(s) : a).toArray();
        return messages.get(key, said);
    }
}
