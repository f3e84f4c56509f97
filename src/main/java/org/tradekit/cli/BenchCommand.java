package org.tradekit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code tradekit bench ...}: the figures the issues promise, measured on this machine's data. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchSearchCommand.class, BenchImportCommand.class,
        BenchMakeCsvCommand.class, BenchTraceCommand.class, BenchLeadsCommand.class, BenchBrochureCommand.class})
final class BenchCommand {
    @ParentCommand
    RootCommand root;
}
