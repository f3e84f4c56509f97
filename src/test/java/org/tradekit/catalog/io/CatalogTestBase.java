package org.tradekit.catalog.io;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh real catalog in a temporary folder for each test, closed after it. */
abstract class CatalogTestBase {
    @TempDir
    Path dir;
    TestCatalog cat;

    @BeforeEach
    void openCatalog() {
        cat = new TestCatalog(dir.resolve("data"));
    }

    @AfterEach
    void closeCatalog() {
        cat.close();
    }
}
