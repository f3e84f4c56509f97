package org.tradekit.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;

import org.tradekit.catalog.io.CatalogFileException;
import org.tradekit.i18n.LocalizedException;
import org.tradekit.i18n.Messages;
import org.tradekit.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the command line: every command a thin call into a service. Help texts come from the
 * i18n bundles ({@code cli.cmd.<name>.description}, options by their {@code descriptionKey}),
 * in the language of {@code TRADEKIT_LANG} or {@code LANG}.
 */
public final class Cli {
    /** Exit code when a command did its job but refused some input (e.g. rows of an import). */
    public static final int REFUSED = 1;
    /** Exit code for a problem with the data directory or database. */
    public static final int STORE_ERROR = 3;
    /** Exit code for an input file the command cannot use at all (missing, empty, damaged, not a table). */
    public static final int BAD_INPUT = 4;

    private Cli() {
    }

    public static CommandLine build(Runnable openGui, Clock clock, Messages messages) {
        RootCommand root = new RootCommand(openGui, clock, messages);
        CommandLine cl = new CommandLine(root);
        cl.setResourceBundle(messages.bundle());
        describe(cl, messages);
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            PrintWriter err = line.getErr();
            if (e instanceof CatalogFileException fe) {
                err.println(messages.get(fe.key(), fe.args()));
                return BAD_INPUT;
            }
            if (e instanceof LocalizedException le) {
                err.println(le.message(messages));
                return exitCode(le);
            }
            throw e;
        });
        return cl;
    }

    /** Store problems have their own code; a refused input (a photo that is not an image...) is {@link #REFUSED}. */
    static int exitCode(LocalizedException e) {
        if (e instanceof UserError ue) {
            return ue.exitCode();
        }
        return e instanceof StoreException ? STORE_ERROR : REFUSED;
    }

    private static void describe(CommandLine cl, Messages messages) {
        CommandSpec spec = cl.getCommandSpec();
        String key = "cli.cmd." + spec.qualifiedName(".").replace("tradekit", "root").replace("root.", "")
                + ".description";
        spec.usageMessage().description(messages.get(key));
        cl.getSubcommands().values().forEach(sub -> describe(sub, messages));
    }

    public static Messages messagesFromEnvironment() {
        String lang = System.getenv("TRADEKIT_LANG");
        if (lang == null || lang.isBlank()) {
            lang = System.getenv("LANG");
        }
        return Messages.of(lang == null ? "en" : lang.toLowerCase(Locale.ROOT));
    }
}
