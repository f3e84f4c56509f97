package org.tradekit.label.run;

import org.tradekit.i18n.Messages;

/**
 * A refusal about one row of a CSV merge (or one lot of several): the row, then the reason in the same
 * words as for a single label.
 */
public class LabelRowException extends LabelRunException {
    private static final long serialVersionUID = 1L;
    private final LabelRunException reason;

    public LabelRowException(String row, LabelRunException reason) {
        this("label.csv.error.row", row, reason);
    }

    /** @param key the message naming where: "Row {0}: {1}", "Lot {0}: {1}" */
    public LabelRowException(String key, String where, LabelRunException reason) {
        super(key, where, reason.key());
        this.reason = reason;
    }

    @Override
    public String message(Messages messages) {
        return messages.get(key(), args()[0], reason.message(messages));
    }
}
