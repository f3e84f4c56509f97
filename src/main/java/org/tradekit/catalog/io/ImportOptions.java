package org.tradekit.catalog.io;

/** How to run an import: the mode, and whether it is only a dry run (checks everything, writes nothing). */
public record ImportOptions(ImportMode mode, boolean dryRun) {
    public static final ImportOptions DEFAULT = new ImportOptions(ImportMode.ALL_OR_NOTHING, false);

    public static ImportOptions dryRun(ImportMode mode) {
        return new ImportOptions(mode, true);
    }
}
