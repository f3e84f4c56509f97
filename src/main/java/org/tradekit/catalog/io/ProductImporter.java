package org.tradekit.catalog.io;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tradekit.catalog.CatalogService;
import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.catalog.ProductValidator;
import org.tradekit.catalog.SearchIndexPause;
import org.tradekit.store.Database;
import org.tradekit.store.WriteTx;
import org.tradekit.work.Work;

/**
 * Imports products from CSV or XLSX (docs/decisions/0004). {@link #plan} reads the header and maps
 * it; {@link #run} streams the rows once inside ONE write transaction: each row is parsed on a
 * read-ahead thread, then checked, its product found by SKU (256 rows to a lookup) and only the
 * file's columns applied, then written if it changed. At the end the transaction commits, or rolls
 * back for a dry run, for a cancel, for a damaged file, or when any row was refused in all-or-nothing
 * mode. So a crash or a refusal leaves all or none.
 */
public final class ProductImporter {
    /** Problems listed in a report; more are counted, so memory stays flat for any file. */
    public static final int LISTED_PROBLEMS = 1_000;
    /** Rows whose SKUs are looked up together (see {@code importRows}); progress and cancel per batch. */
    private static final int BATCH = 256;
    /** A row's problems in the order of its columns; those about columns the file lacks last. */
    private static final java.util.Comparator<RowProblem> BY_COLUMN = java.util.Comparator
            .comparingInt(p -> p.column() < 0 ? Integer.MAX_VALUE : p.column());

    private final Database db;

    public ProductImporter(Database db) {
        this.db = db;
    }

    /**
     * Opens a file, detects its format, encoding and separator, and maps its header.
     *
     * @throws CatalogFileException when the file cannot be imported at all (missing, empty, not a table, no rows)
     */
    public ImportPlan plan(Path file) {
        return ImportPlan.of(file);
    }

    /**
     * Checks every row and, unless this is a dry run or rows were refused in all-or-nothing mode,
     * writes the products in one transaction.
     *
     * @throws CatalogFileException when the mapping has blockers or the file is damaged (nothing written)
     * @throws java.util.concurrent.CancellationException when cancelled (nothing written)
     */
    public ImportReport run(ImportPlan plan, ImportOptions options, Work work) {
        List<ImportNotice> blockers = plan.blockers();
        if (!blockers.isEmpty()) {
            throw new CatalogFileException(blockers.get(0).key(), blockers.get(0).argArray());
        }
        long t0 = System.nanoTime();
        try (RowSource source = RowSource.open(plan.file())) {
            if (!source.headers().equals(plan.headers())) {
                throw new CatalogFileException("import.error.fileChanged", plan.file());
            }
            Tally tally = new Tally(new RowReader(plan.mapping()));
            try {
                return db.write(tx -> {
                    SearchIndexPause.pause(tx);
                    tally.readAll(tx, source, work);
                    if (tally.rowsRead == 0) {
                        throw new CatalogFileException("import.error.noRows", plan.file());
                    }
                    boolean commit = !options.dryRun()
                            && (options.mode() == ImportMode.SKIP_BAD || tally.refused == 0);
                    if (!commit) {
                        throw new Rollback(tally.report(plan, options, false, t0));
                    }
                    SearchIndexPause.resume(tx);
                    return tally.report(plan, options, true, t0);
                });
            } catch (Rollback r) {
                return r.report;
            }
        }
    }

    /** Ends the write transaction without committing, carrying the report out. */
    private static final class Rollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportReport report;

        Rollback(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /** The counts and problems of one run. */
    private static final class Tally {
        private final RowReader reader;
        private final Map<String, Long> skuRows = new HashMap<>();
        private final List<RowProblem> problems = new ArrayList<>();
        private long problemCount;
        private long rowsRead;
        private long created;
        private long updated;
        private long unchanged;
        private long refused;

        Tally(RowReader reader) {
            this.reader = reader;
        }

        void readAll(WriteTx tx, RowSource source, Work work) throws SQLException {
            work.report(0, source.size(), "import.progress", 0);
            try (ReadAhead<Parsed> ahead = new ReadAhead<>(source, this::parse, BATCH)) {
                ReadAhead.Batch<Parsed> batch;
                while ((batch = ahead.next()) != null) {
                    work.cancel().check();
                    importRows(tx, batch.rows());
                    rowsRead += batch.rows().size();
                    work.report(batch.position(), source.size(), "import.progress", rowsRead);
                }
            }
            work.report(Math.max(source.size(), 0), source.size(), "import.progress", rowsRead);
        }

        /** A row read and parsed, waiting for the products its batch updates. */
        private record Parsed(SourceRow row, RowEdit edit, String sku, List<RowProblem> problems) {
        }

        /** Runs on the read-ahead thread: only the row's own cells, nothing from the store. */
        private Parsed parse(SourceRow row) {
            List<RowProblem> found = new ArrayList<>();
            RowEdit edit = reader.read(row, found);
            return new Parsed(row, edit, edit.sku(), found);
        }

        /**
         * Imports rows a batch at a time: their SKUs are looked up in one query, and between two
         * lookups the store can write the new products many to a statement.
         */
        private void importRows(WriteTx tx, List<Parsed> parsed) throws SQLException {
            Set<String> skus = new HashSet<>();
            for (Parsed p : parsed) {
                String sku = p.sku();
                if (sku != null) {
                    // the store treats SKUs that differ only in case as one (ASCII, like SQLite's NOCASE)
                    Long first = skuRows.putIfAbsent(ProductRepository.skuKey(sku), p.row().row());
                    if (first != null) {
                        p.problems().add(reader.locate(p.row().row(), FieldProblem.of(ProductField.SKU,
                                "import.error.duplicateSku", sku, first)));
                    } else {
                        skus.add(sku);
                    }
                }
            }
            Map<String, Product> existing = ProductRepository.findBySkus(tx, skus);
            for (Parsed p : parsed) {
                importRow(tx, p, Optional.ofNullable(p.sku() == null ? null : existing.get(p.sku())));
            }
        }

        private void importRow(WriteTx tx, Parsed row, Optional<Product> existing) throws SQLException {
            List<RowProblem> found = row.problems();
            Product merged = row.edit().applyTo(existing.orElse(Product.draft()));
            for (FieldProblem p : ProductValidator.check(merged)) {
                RowProblem located = reader.locate(row.row().row(), p);
                if (found.stream().noneMatch(f -> f.field().equals(located.field()))) {
                    found.add(located);
                }
            }
            if (!found.isEmpty()) {
                found.sort(BY_COLUMN);
                refused++;
                problemCount += found.size();
                for (RowProblem p : found) {
                    if (problems.size() < LISTED_PROBLEMS) {
                        problems.add(p);
                    }
                }
            } else if (existing.isPresent() && RowEdit.same(existing.get(), merged)) {
                unchanged++;
            } else {
                CatalogService.write(tx, merged);
                if (existing.isPresent()) {
                    updated++;
                } else {
                    created++;
                }
            }
        }

        ImportReport report(ImportPlan plan, ImportOptions options, boolean written, long t0) {
            return new ImportReport(plan.file(), plan.source(), options, written, rowsRead, created, updated,
                    unchanged, refused, problems, problemCount, plan.notices(), (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
