package org.tradekit.trace;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;

/** A {@link TraceFixture} on a fresh data directory for each test, closed after it. */
public abstract class TraceTestBase {
    @TempDir
    protected Path dir;

    protected TraceFixture f;

    @BeforeEach
    void openFixture() {
        f = new TraceFixture(TestContexts.open(dir));
    }

    @AfterEach
    void closeFixture() {
        f.app.close();
    }
}
