package org.tradekit.cli;

import org.tradekit.i18n.LocalizedException;

/** A problem the user can fix, said in their language; ends the command with an exit code. */
public class UserError extends LocalizedException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserError(int exitCode, String key, Object... args) {
        super(key, null, args);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
