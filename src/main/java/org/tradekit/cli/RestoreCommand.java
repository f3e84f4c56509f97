package org.tradekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.tradekit.app.DataDirectory;
import org.tradekit.backup.Backups;
import org.tradekit.backup.RestoreCandidate;
import org.tradekit.i18n.Formats;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit restore FILE}: checks the backup, keeps the current data as a pre-restore backup,
 * then replaces it. A file that fails a check changes nothing. Refused while Trade Kit runs.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.backupFile")
    Path file;

    @Override
    public Integer call() {
        Backups backups = new Backups(DataDirectory.resolve(root.dataDir), root.clock());
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), root.messages());
        Work work = new Work(progress, CancelToken.NEVER);
        PrintWriter out = spec.commandLine().getOut();
        Formats f = new Formats(root.messages().locale());
        try (RestoreCandidate c = backups.check(file, work)) {
            progress.done();
            String when = c.createdAt().map(t -> f.dateTime(t, ZoneId.systemDefault())).orElse("?");
            out.println(root.messages().get("cli.restore.checked", file, when, f.integer(c.products()),
                    f.integer(c.photoFiles())));
            Optional<Path> safety = backups.restore(c, work);
            progress.done();
            out.println(safety.map(p -> root.messages().get("cli.restore.done", p))
                    .orElse(root.messages().get("cli.restore.doneFresh")));
            out.flush();
            return 0;
        }
    }
}
