package org.tradekit.app;

import java.nio.file.Path;
import java.time.Clock;

import org.tradekit.catalog.CatalogService;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.catalog.ProductSearch;
import org.tradekit.catalog.io.ProductExporter;
import org.tradekit.catalog.io.ProductImporter;
import org.tradekit.store.Database;

/**
 * The composition root: builds every service once for a data directory and hands each the
 * collaborators it needs. No service looks anything up for itself.
 */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final Clock clock;
    private final Database database;
    private final ProductRepository products;
    private final ProductSearch productSearch;
    private final CatalogService catalog;
    private final ProductImporter productImporter;
    private final ProductExporter productExporter;

    private AppContext(Path dataDir, Clock clock, Database database) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = database;
        this.products = new ProductRepository(database);
        this.productSearch = new ProductSearch(database);
        this.catalog = new CatalogService(database, products, clock);
        this.productImporter = new ProductImporter(database);
        this.productExporter = new ProductExporter(database, products);
    }

    public static AppContext open(Path dataDir, Clock clock) {
        Database db = Database.open(dataDir.resolve(Database.FILE_NAME), clock, file -> {
        });
        return new AppContext(dataDir, clock, db);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public ProductRepository products() {
        return products;
    }

    public ProductSearch productSearch() {
        return productSearch;
    }

    public CatalogService catalog() {
        return catalog;
    }

    public ProductImporter productImporter() {
        return productImporter;
    }

    public ProductExporter productExporter() {
        return productExporter;
    }

    @Override
    public void close() {
        database.close();
    }
}
