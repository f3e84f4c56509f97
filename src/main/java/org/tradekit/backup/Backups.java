package org.tradekit.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.tradekit.photo.PhotoStore;
import org.tradekit.store.AtomicFiles;
import org.tradekit.store.Database;
import org.tradekit.store.Sha256;
import org.tradekit.store.StoreException;
import org.tradekit.work.Work;

/**
 * Backups of a data directory. Automatic ones (daily, before a migration, before a restore) go to
 * {@code <dataDir>/backups} as database-only archives, rotated per {@link BackupKind#keep()}: the
 * photo files they name stay in {@code blobs/}, which nothing deletes. A backup the user asks for
 * ({@link #export}) also carries the photos, so the one file is the whole cooperative. Restores are
 * checked before anything changes ({@link #check}, then {@link #restore}).
 * All of it is slow disk work: never on the UI thread.
 */
public final class Backups {
    public static final String DIR = "backups";
    static final Duration DAILY = Duration.ofHours(24);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("tradekit-([a-z]+(?:-[a-z]+)*)-(\\d{8}-\\d{6}-\\d{3})\\.zip");

    private final Path dataDir;
    private final Path dir;
    private final Clock clock;
    private final PhotoStore photos;

    public Backups(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.dir = dataDir.resolve(DIR);
        this.clock = clock;
        this.photos = new PhotoStore(dataDir);
    }

    /** What a finished backup holds. */
    public record Result(Path file, long bytes, long products, int photoFiles) {
    }

    public Path dir() {
        return dir;
    }

    Path dataDir() {
        return dataDir;
    }

    Instant now() {
        return clock.instant();
    }

    PhotoStore photos() {
        return photos;
    }

    /**
     * Writes a backup of the running database (and, with {@code withPhotos}, every photo file) to
     * {@code out}, which appears whole or not at all. A folder (or null: {@code backups/}) gets a
     * file named by the date.
     */
    public Result export(Database db, Path out, boolean withPhotos, Work work) {
        Path target = newFile(BackupKind.MANUAL);
        if (out != null) {
            target = Files.isDirectory(out) ? out.resolve(target.getFileName()) : out;
        }
        return write(tmp -> Snapshots.copy(db, tmp), BackupKind.MANUAL, target.toAbsolutePath(), withPhotos, work);
    }

    /** An automatic database-only backup into {@code backups/}, then rotation of its kind. */
    public Result create(Database db, BackupKind kind, Work work) {
        Result r = write(tmp -> Snapshots.copy(db, tmp), kind, newFile(kind), false, work);
        rotate(kind);
        return r;
    }

    /** Makes the daily backup when none was made in the last 24 hours. */
    public Optional<Result> dailyIfDue(Database db, Work work) {
        Instant now = clock.instant();
        boolean recent = list().stream().anyMatch(e -> e.kind() == BackupKind.DAILY
                && !e.createdAt().isAfter(now) && Duration.between(e.createdAt(), now).compareTo(DAILY) < 0);
        return recent ? Optional.empty() : Optional.of(create(db, BackupKind.DAILY, work));
    }

    /**
     * The hook {@link Database#open} calls before migrating an existing database: backs the file up
     * as it is. A failure stops the migration (better not to start than to migrate without a copy).
     */
    public Consumer<Path> beforeMigration() {
        return file -> {
            fromFile(file, BackupKind.PRE_MIGRATION, Work.NONE);
            rotate(BackupKind.PRE_MIGRATION);
        };
    }

    /** A backup of a database file that no {@link Database} here has open (a migration, a restore). */
    Result fromFile(Path dbFile, BackupKind kind, Work work) {
        return write(tmp -> {
            try (Connection c = Snapshots.open(dbFile)) {
                Snapshots.vacuumInto(c, tmp);
            } catch (SQLException e) {
                throw Snapshots.problem(e, dbFile);
            }
        }, kind, newFile(kind), false, work);
    }

    /** Snapshot to a temporary file, check it, archive it, remove the snapshot. */
    Result write(Consumer<Path> snapshot, BackupKind kind, Path target, boolean withPhotos, Work work) {
        Path tmp = null;
        try {
            // the snapshot goes on the data's own (local) disk: the write lock is held only while it is made
            tmp = AtomicFiles.tempSibling(dir.resolve("snapshot.db"));
            snapshot.accept(tmp);
            Snapshots.Facts facts;
            try (Connection c = Snapshots.open(tmp)) {
                facts = Snapshots.check(c, tmp);
            } catch (SQLException e) {
                throw Snapshots.problem(e, tmp);
            }
            List<String> included = withPhotos ? photos.list() : List.of();
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.VERSION, createdBy(),
                    clock.instant().toString(), kind.slug(), facts.schemaVersion(), Sha256.of(tmp),
                    Files.size(tmp), included.size());
            BackupArchive.write(target, manifest, tmp, null, included, photos, work);
            return new Result(target, Files.size(target), facts.products(), included.size());
        } catch (IOException e) {
            throw AtomicFiles.problem(e, target);
        } catch (StoreException e) {
            if (e.key().equals("store.error.diskFull")) { // the snapshot's disk is full, not the database's
                throw new StoreException(e.key(), e, dir);
            }
            throw e;
        } finally {
            if (tmp != null) { // VACUUM INTO cut short leaves its journal next to the copy
                for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                    deleteQuietly(tmp.resolveSibling(tmp.getFileName() + suffix));
                }
            }
        }
    }

    /** Keeps the newest {@link BackupKind#keep()} backups of a kind and deletes the others. */
    public void rotate(BackupKind kind) {
        List<BackupEntry> ofKind = list().stream().filter(e -> e.kind() == kind).toList();
        for (int i = kind.keep(); i < ofKind.size(); i++) {
            deleteQuietly(ofKind.get(i).file());
        }
    }

    /** The backups in {@code backups/}, newest first. */
    public List<BackupEntry> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<BackupEntry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                Optional<BackupKind> kind = m.matches() ? BackupKind.ofSlug(m.group(1)) : Optional.empty();
                if (kind.isPresent() && Files.isRegularFile(f)) {
                    Instant at = LocalDateTime.parse(m.group(2), STAMP).toInstant(ZoneOffset.UTC);
                    out.add(new BackupEntry(f, kind.get(), at, Files.size(f)));
                }
            }
        } catch (IOException e) {
            throw AtomicFiles.problem(e, dir);
        }
        out.sort(Comparator.comparing(BackupEntry::createdAt).reversed());
        return out;
    }

    /** A new file name in {@code backups/} for a backup of this kind made now (UTC in the name: sorts, never repeats). */
    Path newFile(BackupKind kind) {
        Instant at = clock.instant();
        Path f;
        do {
            f = dir.resolve("tradekit-" + kind.slug() + "-" + STAMP.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                    + ".zip");
            at = at.plusMillis(1);
        } while (Files.exists(f));
        return f;
    }

    /**
     * Checks a backup file (a Trade Kit backup ZIP or a bare database file) without changing
     * anything: it opens, passes {@code quick_check}, is a Trade Kit database no newer than this
     * build, and every photo matches its hash.
     *
     * @throws StoreException saying why the file cannot be restored
     */
    public RestoreCandidate check(Path file, Work work) {
        return new Restorer(this).check(file, work);
    }

    /**
     * Replaces the data with a checked backup. No {@link Database} may have the data open (the app
     * closes its own first; another running Trade Kit is detected and refused). The current
     * database is first saved as a {@link BackupKind#PRE_RESTORE} backup.
     *
     * @return the safety copy of the replaced data, if there was any
     */
    public Optional<Path> restore(RestoreCandidate candidate, Work work) {
        return new Restorer(this).restore(candidate, work);
    }

    private static String createdBy() {
        String v = Backups.class.getPackage().getImplementationVersion();
        return "Trade Kit " + (v == null ? "dev" : v);
    }

    static void deleteQuietly(Path f) {
        if (f != null) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // a leftover temporary file is hidden and harmless
            }
        }
    }
}
