package org.tradekit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code tradekit products ...}: the catalog from the command line. */
@Command(name = "products", mixinStandardHelpOptions = true, subcommands = {ProductsSearchCommand.class, ProductsImportCommand.class,
        ProductsExportCommand.class})
final class ProductsCommand {
    @ParentCommand
    RootCommand root;
}
