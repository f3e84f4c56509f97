package org.tradekit.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.app.DataDirectory;
import org.tradekit.app.Version;
import org.tradekit.i18n.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tradekit}: with no command it opens the app; with one it runs headless. */
@Command(name = "tradekit", mixinStandardHelpOptions = true, versionProvider = RootCommand.VersionProvider.class,
        subcommands = {DemoDataCommand.class, ProductsCommand.class, BenchCommand.class, BackupCommand.class,
                RestoreCommand.class, PhotosCommand.class, LotsCommand.class, LabelsCommand.class,
                TraceCommand.class, LeadsCommand.class, BrochureCommand.class,
                FairPackCommand.class})
public final class RootCommand implements Callable<Integer> {
    private final Runnable openGui;
    private final Clock clock;
    private final Messages messages;

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.opt.dataDir")
    Path dataDir;

    @Spec
    CommandSpec spec;

    @Option(names = "--startup-probe", descriptionKey = "cli.opt.startupProbe")
    boolean startupProbe;

    RootCommand(Runnable openGui, Clock clock, Messages messages) {
        this.openGui = openGui;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        openGui.run();
        return 0;
    }

    /** Opens the data directory's store; the caller closes it. A failed daily backup is reported, not fatal. */
    AppContext open() {
        AppContext app = AppContext.open(DataDirectory.resolve(dataDir), clock);
        app.startupBackupProblem().ifPresent(e -> err().println(messages.get("backup.error.daily", e.message(messages))));
        return app;
    }

    private java.io.PrintWriter err() {
        return spec == null ? new java.io.PrintWriter(System.err, true) : spec.commandLine().getErr();
    }

    Messages messages() {
        return messages;
    }

    Clock clock() {
        return clock;
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Trade Kit " + Version.current()};
        }
    }
}
