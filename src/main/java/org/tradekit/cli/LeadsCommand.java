package org.tradekit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code tradekit leads ...}: trade-fair leads from the command line. */
@Command(name = "leads", mixinStandardHelpOptions = true, subcommands = {LeadsScanCommand.class, LeadsAddVcardCommand.class,
        LeadsExportCommand.class, LeadsImportCommand.class, LeadsEraseCommand.class, LeadsPersonCommand.class})
final class LeadsCommand {
    @ParentCommand
    RootCommand root;
}
