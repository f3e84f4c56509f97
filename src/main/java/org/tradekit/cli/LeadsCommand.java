package org.tradekit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code tradekit leads ...}: trade-fair leads from the command line. */
@Command(name = "leads", mixinStandardHelpOptions = true, subcommands = {LeadsScanCommand.class, LeadsAddVcardCommand.class,
        LeadsExportCommand.class, LeadsImportCommand.class, LeadsEraseCommand.class, LeadsPersonCommand.class})
final class LeadsCommand {
    @ParentCommand
    RootCommand root;

    /** Runs a subcommand that reads or writes a lead file: one that cannot be used at all ends with exit 4 and its message, like the catalog's. */
    static int withLeadFile(java.util.function.IntSupplier run) {
        try {
            return run.getAsInt();
        } catch (org.tradekit.lead.io.LeadFileException e) {
            throw new UserError(Cli.BAD_INPUT, e.key(), e.args());
        }
    }
}
