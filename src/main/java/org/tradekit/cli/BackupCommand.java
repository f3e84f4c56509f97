package org.tradekit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.backup.Backups;
import org.tradekit.i18n.Formats;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tradekit backup [--out FILE|DIR] [--no-photos]}: one ZIP with the database and the photos, while the app runs. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.opt.backupOut")
    Path out;

    @Option(names = "--no-photos", descriptionKey = "cli.opt.noPhotos")
    boolean noPhotos;

    @Override
    public Integer call() {
        try (AppContext app = root.open()) {
            long t0 = System.nanoTime();
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), root.messages());
            Backups.Result r = app.backup(out, !noPhotos, new Work(progress, CancelToken.NEVER));
            progress.done();
            Formats f = new Formats(root.messages().locale());
            spec.commandLine().getOut().println(root.messages().get("cli.backup.done", r.file(), f.integer(r.products()),
                    f.integer(r.photoFiles()), f.megabytes(r.bytes()), (System.nanoTime() - t0) / 1_000_000));
            return 0;
        }
    }
}
