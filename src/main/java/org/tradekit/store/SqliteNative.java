package org.tradekit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Loads SQLite's native library from a copy kept in the data directory. Left alone, the driver
 * writes a fresh copy into the temporary folder on every start, compares it byte by byte with the
 * one in the jar (a sixth of a CLI command's time) and leaves a file per process behind. If the
 * kept copy cannot be made or loaded, the driver falls back to its own way.
 */
public final class SqliteNative {
    private static final AtomicBoolean PREPARED = new AtomicBoolean();

    private SqliteNative() {
    }

    /** Call before the first connection; later calls (and a library path set by the user) change nothing. */
    public static void useCopyIn(Path dataDir) {
        if (!PREPARED.compareAndSet(false, true) || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        String resource = LibraryLoaderUtil.getNativeLibResourcePath();
        String name = LibraryLoaderUtil.getNativeLibName();
        // the driver's version in the path: an upgraded jar never loads an older library
        Path dir = dataDir.resolve("cache").resolve("sqlite-" + SQLiteJDBCLoader.getVersion())
                .resolve(resource.replaceFirst("^/+", ""));
        Path lib = dir.resolve(name);
        try {
            if (!Files.isRegularFile(lib)) {
                try (InputStream in = SqliteNative.class.getResourceAsStream(resource + "/" + name)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(dir);
                    AtomicFiles.write(lib, in::transferTo); // never a half-written library under the final name
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk: the driver's own extraction still works
        }
    }
}
