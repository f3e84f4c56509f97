package org.tradekit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.tradekit.app.AppContext;
import org.tradekit.i18n.Messages;

/** Runs the command line in-process, as a user would type it, and keeps what it printed. */
record CliRun(int exit, String out, String err) {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    static CliRun in(String lang, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Cli.build(() -> {
            throw new AssertionError("no window in tests");
        }, CLOCK, Messages.of(lang));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    static CliRun en(String... args) {
        return in("en", args);
    }

    static long products(Path dataDir) {
        try (AppContext app = AppContext.open(dataDir, CLOCK)) {
            return app.products().count();
        }
    }
}
