package org.tradekit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code tradekit lots ...}: lots of products. */
@Command(name = "lots", mixinStandardHelpOptions = true, subcommands = {LotsListCommand.class})
final class LotsCommand {
    @ParentCommand
    RootCommand root;
}
