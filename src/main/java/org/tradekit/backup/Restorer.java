package org.tradekit.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.tradekit.photo.PhotoStore;
import org.tradekit.store.AtomicFiles;
import org.tradekit.store.Database;
import org.tradekit.store.Sha256;
import org.tradekit.store.StoreException;
import org.tradekit.work.Work;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Restore in two steps. {@link #check} unpacks the file into a staging folder inside the data
 * directory (same disk, so the final step is a rename) and proves it sound; a bad file leaves the
 * data as it was. {@link #restore} saves the current database as a pre-restore backup, adds the
 * photos, removes the old database's WAL and shared-memory files and renames the checked database
 * into place. (SQLite drops a WAL found next to a file in rollback mode, which a VACUUM INTO copy
 * is; a WAL-mode file would have it replayed. We remove it rather than rely on that; tested with a
 * crash-left WAL next to a sound and a damaged database.)
 */
final class Restorer {
    private static final String STAGING_PREFIX = ".restore-";
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final long MAX_MANIFEST = 1 << 20;

    private final Backups backups;

    Restorer(Backups backups) {
        this.backups = backups;
    }

    RestoreCandidate check(Path file, Work work) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("backup.error.notFound", null, file);
        }
        removeStaleStaging();
        Path staging = backups.dataDir().resolve(STAGING_PREFIX + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            Path extracted = staging.resolve("extracted.db");
            PhotoStore staged = new PhotoStore(staging);
            Set<String> photos = new LinkedHashSet<>(); // a name twice in the ZIP is one photo
            BackupManifest manifest = null;
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SQLITE_MAGIC.length);
            }
            if (startsWith(head, SQLITE_MAGIC)) {
                Files.copy(file, extracted);
                Path wal = file.resolveSibling(file.getFileName() + "-wal");
                if (Files.isRegularFile(wal)) { // a copy taken while the app ran keeps recent commits there
                    Files.copy(wal, staging.resolve("extracted.db-wal"));
                }
            } else if (startsWith(head, ZIP_MAGIC)) {
                manifest = unzip(file, extracted, staged, photos, work);
            } else {
                throw new StoreException("backup.error.notBackup", null, file);
            }
            Path database = staging.resolve(Database.FILE_NAME);
            Snapshots.Facts facts;
            try (Connection c = Snapshots.open(extracted)) {
                facts = Snapshots.check(c, file);
                Snapshots.vacuumInto(c, database); // one clean file, WAL folded in, free pages dropped
            } catch (SQLException e) {
                throw Snapshots.problem(e, file);
            }
            return new RestoreCandidate(file, staging, database, List.copyOf(photos),
                    manifest == null ? null : createdAt(manifest), manifest == null ? null : manifest.createdBy(), facts);
        } catch (IOException e) {
            RestoreCandidate.deleteTree(staging);
            throw AtomicFiles.problem(e, staging);
        } catch (RuntimeException e) {
            RestoreCandidate.deleteTree(staging);
            throw e;
        }
    }

    /** Unpacks a backup ZIP, verifying every photo's hash; returns its checked manifest, if it has one. */
    private BackupManifest unzip(Path file, Path extracted, PhotoStore staged, Set<String> photos, Work work)
            throws IOException {
        BackupManifest manifest = null;
        boolean hasDatabase = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int total = zip.size();
            int done = 0;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
                work.cancel().check();
                ZipEntry e = en.nextElement();
                String name = e.getName();
                try (InputStream in = zip.getInputStream(e)) {
                    if (name.equals(BackupArchive.MANIFEST)) {
                        manifest = BackupArchive.JSON.readValue(in.readNBytes((int) MAX_MANIFEST), BackupManifest.class);
                    } else if (name.equals(BackupArchive.DATABASE)) {
                        Files.copy(in, extracted);
                        hasDatabase = true;
                    } else if (name.equals(BackupArchive.WAL)) {
                        Files.copy(in, extracted.resolveSibling(extracted.getFileName() + "-wal"));
                    } else {
                        String sha = BackupArchive.blobSha(name);
                        if (sha != null) {
                            unpackPhoto(in, sha, staged, file, name);
                            photos.add(sha);
                        } // anything else is from a newer format's extras: ignored, never written out by name
                    }
                }
                work.report(++done, total, "backup.progress.check", done, total);
            }
        } catch (IOException e) {
            throw unreadable(e, file, extracted);
        }
        if (!hasDatabase) {
            throw new StoreException("backup.error.notBackup", null, file);
        }
        if (manifest != null) {
            checkManifest(manifest, file, extracted, photos.size());
        }
        return manifest;
    }

    private static void unpackPhoto(InputStream in, String sha, PhotoStore staged, Path file, String entry) {
        try {
            staged.putVerified(in, sha);
        } catch (StoreException e) {
            if (e.key().equals("store.error.diskFull")) {
                throw e;
            }
            throw new StoreException("backup.error.damaged", e, file, entry);
        }
    }

    /** A read that failed: the disk is full, or the archive is damaged (bad CRC, cut short, bad manifest). */
    private static StoreException unreadable(IOException e, Path file, Path extracted) {
        if (AtomicFiles.isDiskFull(e, extracted)) {
            return AtomicFiles.problem(e, extracted);
        }
        return new StoreException("backup.error.damaged", e, file, e.getMessage());
    }

    private static void checkManifest(BackupManifest m, Path file, Path extracted, int photos) throws IOException {
        if (!BackupManifest.FORMAT.equals(m.format())) {
            throw new StoreException("backup.error.notBackup", null, file);
        }
        if (m.formatVersion() > BackupManifest.VERSION) {
            throw new StoreException("backup.error.newerFormat", null, file, m.createdBy());
        }
        if (m.databaseSha256() != null && !m.databaseSha256().equals(Sha256.of(extracted))) {
            throw new StoreException("backup.error.damaged", null, file, BackupArchive.DATABASE);
        }
        if (m.photos() != photos) {
            throw new StoreException("backup.error.photosMissing", null, file, m.photos(), photos);
        }
    }

    private static Instant createdAt(BackupManifest m) {
        try {
            return m.createdAt() == null ? null : Instant.parse(m.createdAt());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Optional<Path> restore(RestoreCandidate candidate, Work work) {
        Path dbFile = backups.dataDir().resolve(Database.FILE_NAME);
        try {
            Optional<Path> safety = Files.exists(dbFile) ? Optional.of(safetyCopy(dbFile, work)) : Optional.empty();
            work.cancel().check(); // the last point where a cancel changes nothing
            for (String sha : candidate.photoHashes()) {
                backups.photos().adopt(new PhotoStore(candidate.staging()).file(sha), sha);
            }
            for (String suffix : List.of("-wal", "-shm", "-journal")) {
                Files.deleteIfExists(dbFile.resolveSibling(Database.FILE_NAME + suffix));
            }
            AtomicFiles.move(candidate.database(), dbFile);
            candidate.close();
            return safety;
        } catch (IOException e) {
            throw AtomicFiles.problem(e, dbFile);
        }
    }

    /**
     * Saves the current database before it is replaced, holding an exclusive lock so that a running
     * Trade Kit is detected (and refused) rather than pulled from under its feet. Its WAL is
     * checkpointed, so after this the database file alone holds every commit. A database too
     * damaged to copy is saved byte for byte instead.
     */
    private Path safetyCopy(Path dbFile, Work work) throws IOException {
        try (Connection guard = Snapshots.open(dbFile)) {
            try (Statement s = guard.createStatement()) {
                s.execute("PRAGMA busy_timeout = 200");
                s.execute("PRAGMA locking_mode = EXCLUSIVE");
                s.execute("BEGIN EXCLUSIVE");
                s.execute("COMMIT");
            }
            Path copy = backups.write(tmp -> vacuum(guard, tmp, dbFile), BackupKind.PRE_RESTORE,
                    backups.newFile(BackupKind.PRE_RESTORE), false, work).file();
            try (Statement s = guard.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            backups.rotate(BackupKind.PRE_RESTORE);
            return copy;
        } catch (SQLException e) {
            if (e instanceof SQLiteException se && (se.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                    || se.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
                throw new StoreException("backup.error.inUse", e, dbFile);
            }
            return rawCopy(dbFile, work);
        } catch (StoreException e) {
            if (e.key().equals("backup.error.inUse")) {
                throw e;
            }
            return rawCopy(dbFile, work);
        }
    }

    private static void vacuum(Connection c, Path tmp, Path dbFile) {
        try {
            Snapshots.vacuumInto(c, tmp);
        } catch (SQLException e) {
            throw Snapshots.problem(e, dbFile);
        }
    }

    /** The damaged database and its WAL as they are, in an archive without checks, for an expert to look at. */
    private Path rawCopy(Path dbFile, Work work) throws IOException {
        Path target = backups.newFile(BackupKind.PRE_RESTORE);
        Path wal = dbFile.resolveSibling(Database.FILE_NAME + "-wal");
        BackupManifest m = new BackupManifest(BackupManifest.FORMAT, BackupManifest.VERSION, "raw copy",
                backups.now().toString(), BackupKind.PRE_RESTORE.slug(), 0, null, Files.size(dbFile), 0);
        BackupArchive.write(target, m, dbFile, Files.isRegularFile(wal) ? wal : null, List.of(), backups.photos(), work);
        return target;
    }

    private void removeStaleStaging() {
        try (Stream<Path> files = Files.list(backups.dataDir())) {
            files.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).forEach(RestoreCandidate::deleteTree);
        } catch (IOException ignored) {
            // no data directory yet: nothing to clean
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
