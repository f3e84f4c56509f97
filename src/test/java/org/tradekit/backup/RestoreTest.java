package org.tradekit.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradekit.app.AppContext;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductPhoto;
import org.tradekit.photo.TestImages;
import org.tradekit.store.Database;
import org.tradekit.store.Sha256;
import org.tradekit.store.StoreException;
import org.tradekit.work.Work;

class RestoreTest {
    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    final TestClock clock = new TestClock(Instant.parse("2026-11-23T08:00:00Z"));

    static List<Product> all(AppContext app) {
        List<Product> out = new ArrayList<>();
        app.products().forEach(out::add);
        return out;
    }

    /** Three products, two with photos; returns the full backup file. */
    private Path fillAndBackUp() throws IOException {
        try (AppContext app = AppContext.open(data, clock)) {
            List<String> ids = new ArrayList<>();
            for (String name : List.of("Cà phê Robusta Đắk Lắk", "Mật ong hoa nhãn", "Nước mắm Phú Quốc")) {
                ids.add(app.catalog().save(BackupsTest.product("SKU-" + ids.size(), name)).id());
            }
            app.productPhotos().add(ids.get(0), TestImages.write(elsewhere, "a.jpg",
                    TestImages.encode(TestImages.halves(800, 600, false), "jpg")), "Gói 500 g");
            app.productPhotos().add(ids.get(1), TestImages.write(elsewhere, "b.png",
                    TestImages.encode(TestImages.halves(300, 300, true), "png")), null);
            return app.backup(elsewhere.resolve("coop.zip"), true, Work.NONE).file();
        }
    }

    @Test
    void restoreBringsBackTheDataAndThePhotosAsTheyWereAtBackupTime() throws IOException {
        Path backup = fillAndBackUp();
        List<Product> atBackup;
        List<String> photoHashes;
        try (AppContext app = AppContext.open(data, clock)) {
            atBackup = all(app);
            photoHashes = app.photoStore().list();
        }
        assertThat(photoHashes).hasSize(2);

        AppContext app = AppContext.open(data, clock);
        Product first = atBackup.get(0);
        app.catalog().save(BackupsTest.product("NEW-1", "Trà Thái Nguyên"));
        app.catalog().delete(atBackup.get(2).id());
        app.productPhotos().remove(first.id(), first.photos().get(0).id());
        for (String sha : photoHashes) { // photos lost from the disk too
            Files.delete(app.photoStore().file(sha));
        }
        clock.advance(Duration.ofHours(1));

        AppContext restored = app.restore(backup, Work.NONE);
        try {
            assertThat(all(restored)).isEqualTo(atBackup);
            assertThat(all(restored).get(0).photos()).extracting(ProductPhoto::caption).containsExactly("Gói 500 g");
            for (String sha : photoHashes) {
                assertThat(Sha256.of(restored.photoStore().file(sha))).isEqualTo(sha);
                assertThat(restored.productPhotos().thumbnail(sha)).exists();
            }
            assertThat(restored.database().file().resolveSibling("tradekit.db-wal")).satisfiesAnyOf(
                    p -> assertThat(p).doesNotExist(), p -> assertThat(Files.size(p)).isLessThan(1024 * 1024));
        } finally {
            restored.close();
        }
        BackupEntry safety = new Backups(data, clock).list().stream()
                .filter(e -> e.kind() == BackupKind.PRE_RESTORE).findFirst().orElseThrow();
        try (RestoreCandidate c = new Backups(data, clock).check(safety.file(), Work.NONE)) {
            assertThat(c.products()).as("the safety copy holds the data that was replaced").isEqualTo(3);
        }
    }

    @Test
    void aBareDatabaseFileCanBeRestoredToo() throws IOException {
        fillAndBackUp();
        Path copy = elsewhere.resolve("tradekit.db");
        List<Product> before;
        try (AppContext app = AppContext.open(data, clock)) {
            before = all(app);
            app.database().maintenance(c -> {
                try (var ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, copy.toString());
                    ps.execute();
                }
                return null;
            });
            app.catalog().delete(before.get(0).id());
        }
        Backups backups = new Backups(data, clock);
        try (RestoreCandidate c = backups.check(copy, Work.NONE)) {
            assertThat(c.createdAt()).isEmpty();
            assertThat(backups.restore(c, Work.NONE)).isPresent();
        }
        try (AppContext app = AppContext.open(data, clock)) {
            assertThat(all(app)).isEqualTo(before);
        }
    }

    /** Ways a file chosen for restore can be bad. Each must be refused with data and folder untouched. */
    @ParameterizedTest
    @CsvSource({"random, notBackup", "empty, notBackup", "truncatedZip, damaged", "truncatedDb, damaged",
            "flippedDbByte, damaged", "flippedPhotoByte, damaged", "zipWithoutDatabase, notBackup",
            "photoMissing, photosMissing", "otherSqlite, notTradeKit", "textFile, notBackup"})
    void aBadFileIsRefusedAndNothingChanges(String kind, String reason) throws Exception {
        Path good = fillAndBackUp();
        Path bad = elsewhere.resolve("bad-" + kind);
        byte[] zip = Files.readAllBytes(good);
        switch (kind) {
            case "random" -> Files.write(bad, randomBytes(50_000));
            case "empty" -> Files.write(bad, new byte[0]);
            case "truncatedZip" -> Files.write(bad, Arrays.copyOf(zip, zip.length * 2 / 3));
            case "truncatedDb" -> {
                byte[] db = entry(good, "tradekit.db");
                Files.write(bad, Arrays.copyOf(db, db.length / 2));
            }
            case "flippedDbByte" -> rewrite(good, bad, "tradekit.db", b -> b[b.length / 2] ^= 0x40, true);
            case "flippedPhotoByte" -> rewrite(good, bad, "blobs/", b -> b[b.length / 2] ^= 0x01, false);
            case "zipWithoutDatabase" -> rewrite(good, bad, "tradekit.db", null, true);
            case "photoMissing" -> rewrite(good, bad, "blobs/", null, true);
            case "otherSqlite" -> DataDirs.execute(bad, "CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('x')");
            case "textFile" -> Files.writeString(bad, "tradekit.db\n", StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(kind);
        }
        AppContext.open(data, clock).close(); // today's automatic backup, made before the fingerprint
        Map<String, String> before = DataDirs.fingerprint(data);
        List<Product> products;
        try (AppContext app = AppContext.open(data, clock)) {
            products = all(app);
            StoreException e = catchThrowableOfType(StoreException.class, () -> app.restore(bad, Work.NONE));
            assertThat(e).as(kind).isNotNull();
            assertThat(e.key()).isEqualTo("backup.error." + reason);
            assertThat(e.message(org.tradekit.i18n.Messages.of("en"))).contains("bad-" + kind, "Nothing was changed");
            assertThat(all(app)).as("the open context still works").isEqualTo(products);
        }
        assertThat(DataDirs.fingerprint(data)).isEqualTo(before);
    }

    @Test
    void cancellingABackupOrACheckLeavesNoFileBehind() throws IOException {
        Path good = fillAndBackUp();
        org.tradekit.work.CancelToken cancel = new org.tradekit.work.CancelToken();
        List<org.tradekit.work.Progress> seen = new ArrayList<>();
        Work work = new Work(p -> {
            seen.add(p);
            cancel.cancel(); // the user clicks "cancel" at the first progress report
        }, cancel);
        Path out = elsewhere.resolve("cancelled.zip");
        Map<String, String> before = DataDirs.fingerprint(data);

        try (AppContext app = AppContext.open(data, clock)) {
            assertThat(catchThrowableOfType(java.util.concurrent.CancellationException.class,
                    () -> app.backup(out, true, work))).isNotNull();
        }
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(0).messageKey()).isEqualTo("backup.progress");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".") || n.equals("cancelled.zip"));
        }
        org.tradekit.work.CancelToken cancel2 = new org.tradekit.work.CancelToken();
        Work checking = new Work(p -> cancel2.cancel(), cancel2);
        assertThat(catchThrowableOfType(java.util.concurrent.CancellationException.class,
                () -> new Backups(data, clock).check(good, checking))).isNotNull();
        Map<String, String> after = DataDirs.fingerprint(data);
        after.keySet().removeIf(k -> k.startsWith("backups/tradekit-daily-")); // today's automatic one, from the open
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aRestoreIsRefusedWhileTheDataIsOpenAndTheCandidateCanStillBeDropped() throws IOException {
        Path good = fillAndBackUp();
        Backups backups = new Backups(data, clock);
        try (AppContext app = AppContext.open(data, clock)) {
            List<Product> products = all(app);
            try (RestoreCandidate c = backups.check(good, Work.NONE)) {
                StoreException e = catchThrowableOfType(StoreException.class, () -> backups.restore(c, Work.NONE));
                assertThat(e.key()).isEqualTo("backup.error.inUse");
            }
            assertThat(all(app)).isEqualTo(products);
        }
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".restore-"));
        }
    }

    @Test
    void aDamagedCurrentDatabaseIsKeptByteForByteAndTheRestoreGoesThrough() throws IOException {
        Path good = fillAndBackUp();
        Path db = data.resolve(Database.FILE_NAME);
        byte[] damaged = Files.readAllBytes(db);
        Arrays.fill(damaged, 100, 4096, (byte) 0x5A); // the header's page is ruined
        Files.write(db, damaged);
        Backups backups = new Backups(data, clock);

        try (RestoreCandidate c = backups.check(good, Work.NONE)) {
            Path safety = backups.restore(c, Work.NONE).orElseThrow();
            assertThat(entry(safety, "tradekit.db")).isEqualTo(damaged);
        }
        try (AppContext app = AppContext.open(data, clock)) {
            assertThat(all(app)).hasSize(3);
        }
    }

    /** A crash leaves a WAL next to the database; with a sound database the lock holder folds it in, with a damaged one it must be removed. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aStaleWalNextToTheOldDatabaseIsNotReplayedIntoTheRestoredOne(boolean damaged) throws Exception {
        Path good = fillAndBackUp();
        Path wal = data.resolve("tradekit.db-wal");
        Path staleWal = elsewhere.resolve("stale-wal");
        try (AppContext app = AppContext.open(data, clock)) {
            for (int i = 0; i < 50; i++) {
                app.catalog().save(BackupsTest.product("LATE-" + i, "Sản phẩm sau sao lưu " + i));
            }
            Files.copy(wal, staleWal); // what a crash would leave behind
        }
        if (damaged) {
            Path db = data.resolve(Database.FILE_NAME);
            byte[] bytes = Files.readAllBytes(db);
            Arrays.fill(bytes, 0, 16, (byte) 0); // not even "SQLite format 3" any more
            Files.write(db, bytes);
        }
        Files.copy(staleWal, wal);
        Backups backups = new Backups(data, clock);

        try (RestoreCandidate c = backups.check(good, Work.NONE)) {
            backups.restore(c, Work.NONE);
        }

        assertThat(DataDirs.query(data.resolve(Database.FILE_NAME), "PRAGMA quick_check")).isEqualTo("ok");
        try (AppContext app = AppContext.open(data, clock)) {
            assertThat(all(app)).hasSize(3);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }

    private static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    /** Copies a ZIP, changing (or, with a null change, leaving out) the first entry whose name starts with {@code prefix}. */
    private static void rewrite(Path from, Path to, String prefix, java.util.function.Consumer<byte[]> change,
            boolean deflate) throws IOException {
        boolean done = false;
        try (ZipFile z = new ZipFile(from.toFile()); OutputStream os = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry e : z.stream().toList()) {
                byte[] bytes;
                try (InputStream in = z.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                boolean target = !done && e.getName().startsWith(prefix);
                if (target) {
                    done = true;
                    if (change == null) {
                        continue;
                    }
                    change.accept(bytes);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                if (!deflate && e.getMethod() == ZipEntry.STORED) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    var crc = new java.util.zip.CRC32();
                    crc.update(bytes);
                    copy.setCrc(crc.getValue()); // a consistent ZIP: only our own hash check can see the change
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertThat(done).isTrue();
    }
}
