package org.tradekit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code tradekit photos ...}: product photos from the command line. */
@Command(name = "photos", mixinStandardHelpOptions = true, subcommands = {PhotosAddCommand.class})
final class PhotosCommand {
    @ParentCommand
    RootCommand root;
}
