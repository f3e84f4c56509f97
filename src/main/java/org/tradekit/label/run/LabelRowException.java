package org.tradekit.label.run;

import org.tradekit.i18n.Messages;

/** A refusal about one row of a CSV merge: the row, then the reason in the same words as for a single label. */
public class LabelRowException extends LabelRunException {
    private static final long serialVersionUID = 1L;
    private final LabelRunException reason;

    public LabelRowException(String row, LabelRunException reason) {
        super("label.csv.error.row", row, reason.key());
        this.reason = reason;
    }

    @Override
    public String message(Messages messages) {
        return messages.get("label.csv.error.row", args()[0], reason.message(messages));
    }
}
