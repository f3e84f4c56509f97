package org.tradekit.gs1;

import org.tradekit.i18n.LocalizedException;

/** GS1 data (an AI value, an element string, a Digital Link) that breaks the standard's rules, said in words. */
public class Gs1Exception extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public Gs1Exception(String key, Object... args) {
        super(key, null, args);
    }
}
