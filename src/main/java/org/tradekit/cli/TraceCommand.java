package org.tradekit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code tradekit trace ...}: traceability from the command line. */
@Command(name = "trace", mixinStandardHelpOptions = true, subcommands = {TraceVerifyCommand.class, TraceRecallCommand.class,
        TraceExportEpcisCommand.class, TraceImportEpcisCommand.class, TraceLinkCommand.class,
        TraceExportSiteCommand.class, TraceHistoryCommand.class})
final class TraceCommand {
    @ParentCommand
    RootCommand root;
}
