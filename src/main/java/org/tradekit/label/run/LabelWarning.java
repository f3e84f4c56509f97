package org.tradekit.label.run;

import java.util.List;

import org.tradekit.i18n.Messages;

/** Something the pre-print check found that may not scan or not be legal to sell: a message key and its arguments. */
public record LabelWarning(String key, List<Object> args) {
    public LabelWarning {
        args = List.copyOf(args);
    }

    public String message(Messages messages) {
        return messages.get(key, args.toArray());
    }
}
