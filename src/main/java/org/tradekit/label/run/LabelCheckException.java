package org.tradekit.label.run;

import java.util.List;

/** A strict run refused because the pre-print check found something; the warnings say what. */
public class LabelCheckException extends LabelRunException {
    private static final long serialVersionUID = 1L;
    private final transient List<LabelWarning> warnings;

    public LabelCheckException(List<LabelWarning> warnings) {
        super("label.check.refused", warnings.size());
        this.warnings = List.copyOf(warnings);
    }

    public List<LabelWarning> warnings() {
        return warnings;
    }
}
