package org.tradekit.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.catalog.CatalogService;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.catalog.Translation;
import org.tradekit.store.Database;
import org.tradekit.store.StoreException;
import org.tradekit.work.Work;

class BackupsTest {
    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    final TestClock clock = new TestClock(Instant.parse("2026-11-23T08:00:00Z"));

    Database open() {
        return Database.open(data.resolve(Database.FILE_NAME), clock, f -> {
        });
    }

    static Product product(String sku, String name) {
        return Product.draft().with(ProductField.SKU, sku).with(ProductField.NAME_VI, name)
                .withTranslations(List.of(new Translation(null, "zh", name + " (zh)", null),
                        new Translation(null, "ko", name + " (ko)", null)));
    }

    static Path unzip(Path zip, String entry, Path target) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry(entry))) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void aBackupTakenWhileAnotherThreadWritesHoldsWholeTransactionsOnly() throws Exception {
        try (Database db = open()) {
            CatalogService catalog = new CatalogService(db, new ProductRepository(db), clock);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger committed = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; !stop.get(); i++) {
                        catalog.save(product("SKU-" + i, "Mật ong hoa cà phê " + i));
                        committed.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            writer.start();
            while (committed.get() < 50 && failure.get() == null) {
                Thread.sleep(5);
            }
            int before = committed.get();
            Backups.Result r = new Backups(data, clock).export(db, elsewhere.resolve("live.zip"), true, Work.NONE);
            int after = committed.get();
            Thread.sleep(50); // the writer goes on after the copy
            stop.set(true);
            writer.join();
            assertThat(failure.get()).isNull();
            assertThat(committed.get()).isGreaterThan(after);

            Path copy = unzip(r.file(), "tradekit.db", elsewhere.resolve("copy.db"));
            assertThat(DataDirs.query(copy, "PRAGMA quick_check")).isEqualTo("ok");
            long n = DataDirs.number(copy, "SELECT count(*) FROM product");
            assertThat(n).isBetween((long) before, (long) after + 1).isEqualTo(r.products());
            assertThat(DataDirs.number(copy, "SELECT count(*) FROM product p WHERE "
                    + "(SELECT count(*) FROM product_translation t WHERE t.product_id = p.id) <> 2")).isZero();
            assertThat(DataDirs.number(copy, "SELECT count(*) FROM product_translation")).isEqualTo(2 * n);
        }
    }

    @Test
    void automaticBackupsAreDatabaseOnlyAndCheckedWithQuickCheck() throws Exception {
        try (Database db = open()) {
            new CatalogService(db, new ProductRepository(db), clock).save(product("A", "Trà shan tuyết"));
            Backups backups = new Backups(data, clock);

            Backups.Result r = backups.create(db, BackupKind.DAILY, Work.NONE);

            assertThat(r.file().getParent()).isEqualTo(data.resolve("backups"));
            assertThat(r.file().getFileName().toString()).isEqualTo("tradekit-daily-20261123-080000-000.zip");
            try (ZipFile z = new ZipFile(r.file().toFile())) {
                assertThat(z.stream().map(e -> e.getName())).containsExactly("manifest.json", "tradekit.db");
                BackupManifest m = BackupArchive.JSON.readValue(z.getInputStream(z.getEntry("manifest.json")),
                        BackupManifest.class);
                assertThat(m.kind()).isEqualTo("daily");
                assertThat(m.createdAt()).isEqualTo("2026-11-23T08:00:00Z");
                assertThat(m.photos()).isZero();
            }
            assertThat(backups.list()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(BackupKind.DAILY);
                assertThat(e.createdAt()).isEqualTo(clock.instant());
            });
            assertThat(Files.list(backups.dir()).filter(p -> p.getFileName().toString().startsWith("."))).isEmpty();
        }
    }

    @Test
    void dailyBackupIsMadeWhenTheNewestIsOlderThanADayAndSevenAreKept() {
        try (Database db = open()) {
            Backups backups = new Backups(data, clock);
            assertThat(backups.dailyIfDue(db, Work.NONE)).isPresent();
            clock.advance(Duration.ofHours(23));
            assertThat(backups.dailyIfDue(db, Work.NONE)).isEmpty();
            clock.advance(Duration.ofHours(1));
            assertThat(backups.dailyIfDue(db, Work.NONE)).isPresent();
            backups.create(db, BackupKind.PRE_RESTORE, Work.NONE);
            backups.export(db, null, false, Work.NONE);
            List<Instant> made = new ArrayList<>();
            for (int day = 0; day < 10; day++) {
                clock.advance(Duration.ofHours(25));
                made.add(backups.dailyIfDue(db, Work.NONE).map(r -> clock.instant()).orElseThrow());
            }

            List<BackupEntry> daily = backups.list().stream().filter(e -> e.kind() == BackupKind.DAILY).toList();
            List<Instant> newestSeven = new ArrayList<>(made.subList(3, 10));
            java.util.Collections.reverse(newestSeven);
            assertThat(daily).extracting(BackupEntry::createdAt).containsExactlyElementsOf(newestSeven);
            assertThat(backups.list()).filteredOn(e -> e.kind() == BackupKind.PRE_RESTORE).hasSize(1);
            assertThat(backups.list()).filteredOn(e -> e.kind() == BackupKind.MANUAL).hasSize(1);
        }
    }

    @Test
    void thePreMigrationHookBacksUpTheFileAndKeepsTheLastThree() throws Exception {
        try (Database db = open()) {
            new CatalogService(db, new ProductRepository(db), clock).save(product("A", "Nước mắm Phú Quốc"));
        }
        Backups backups = new Backups(data, clock);
        Path file = data.resolve(Database.FILE_NAME);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            backups.beforeMigration().accept(file);
        }

        List<BackupEntry> kept = backups.list();
        assertThat(kept).hasSize(3).allMatch(e -> e.kind() == BackupKind.PRE_MIGRATION);
        assertThat(kept.get(0).createdAt()).isEqualTo(clock.instant());
        assertThat(kept.get(2).createdAt()).isEqualTo(clock.instant().minus(Duration.ofMinutes(2)));
        try (RestoreCandidate c = backups.check(kept.get(0).file(), Work.NONE)) {
            assertThat(c.products()).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedByRestoreAndByOpen() throws Exception {
        try (Database db = open()) {
            new CatalogService(db, new ProductRepository(db), clock).save(product("A", "Gạo ST25"));
        }
        Path newer = elsewhere.resolve("newer.db");
        Files.copy(data.resolve(Database.FILE_NAME), newer);
        DataDirs.execute(newer, "PRAGMA user_version = 999");
        Path newerZip = elsewhere.resolve("newer.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(newerZip))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("tradekit.db"));
            Files.copy(newer, zip);
            zip.closeEntry();
        }
        var before = DataDirs.fingerprint(data);
        Backups backups = new Backups(data, clock);

        for (Path f : List.of(newer, newerZip)) {
            StoreException e = catchThrowableOfType(StoreException.class, () -> backups.check(f, Work.NONE));
            assertThat(e.key()).isEqualTo("store.error.newerVersion");
            assertThat(e.args()).containsExactly(999, org.tradekit.store.Migrations.LATEST);
        }
        StoreException e = catchThrowableOfType(StoreException.class,
                () -> Database.open(newer, clock, f -> { }));
        assertThat(e.key()).isEqualTo("store.error.newerVersion");
        assertThat(DataDirs.fingerprint(data)).isEqualTo(before);
    }
}
