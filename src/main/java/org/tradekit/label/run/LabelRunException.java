package org.tradekit.label.run;

import org.tradekit.i18n.LocalizedException;

/** A print run refused before anything was written: an unknown lot, a layout that cannot fit, a bad count. */
public class LabelRunException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public LabelRunException(String key, Object... args) {
        super(key, null, args);
    }
}
