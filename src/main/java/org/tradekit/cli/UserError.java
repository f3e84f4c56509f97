package org.tradekit.cli;

/** A problem the user can fix, said in their language; ends the command with an exit code. */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;
    private final int exitCode;

    public UserError(int exitCode, String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
        this.exitCode = exitCode;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public int exitCode() {
        return exitCode;
    }
}
