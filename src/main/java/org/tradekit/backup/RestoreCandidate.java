package org.tradekit.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A backup that passed every check and waits, unpacked next to the data, for the user to confirm
 * the restore. Closing it without restoring removes the unpacked copy; nothing else was touched.
 */
public final class RestoreCandidate implements AutoCloseable {
    private final Path source;
    private final Path staging;
    private final Path database;
    private final List<String> photos;
    private final Instant createdAt;
    private final String createdBy;
    private final Snapshots.Facts facts;

    RestoreCandidate(Path source, Path staging, Path database, List<String> photos, Instant createdAt,
            String createdBy, Snapshots.Facts facts) {
        this.source = source;
        this.staging = staging;
        this.database = database;
        this.photos = List.copyOf(photos);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.facts = facts;
    }

    /** The file the user chose. */
    public Path source() {
        return source;
    }

    /** When the backup was made, when the file says so (a bare database file does not). */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** The Trade Kit that made the backup ("Trade Kit 1.0.0"), when the file says so (a bare database file does not). */
    public Optional<String> createdBy() {
        return Optional.ofNullable(createdBy);
    }

    /** The database's schema version (PRAGMA user_version): never newer than this build's. */
    public int schemaVersion() {
        return facts.schemaVersion();
    }

    /** Products in the backup (not deleted). */
    public long products() {
        return facts.products();
    }

    /** Photos the backup's products show. */
    public long productPhotos() {
        return facts.photos();
    }

    /** Photo files the backup carries. */
    public int photoFiles() {
        return photos.size();
    }

    Path staging() {
        return staging;
    }

    Path database() {
        return database;
    }

    List<String> photoHashes() {
        return photos;
    }

    @Override
    public void close() {
        deleteTree(staging);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover staging folder is removed by the next restore check
        }
    }
}
