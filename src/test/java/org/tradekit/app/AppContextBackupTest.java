package org.tradekit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.backup.BackupEntry;
import org.tradekit.backup.BackupKind;
import org.tradekit.backup.Backups;
import org.tradekit.backup.DataDirs;
import org.tradekit.backup.TestClock;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.store.Database;
import org.tradekit.store.Migrations;
import org.tradekit.store.StoreException;

class AppContextBackupTest {
    @TempDir
    Path data;

    final TestClock clock = new TestClock(Instant.parse("2026-11-23T08:00:00Z"));

    @Test
    void aNewDataDirectoryGetsNoBackupAndAnExistingOneOneADay() {
        AppContext.open(data, clock).close();
        assertThat(new Backups(data, clock).list()).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        AppContext.open(data, clock).close();
        clock.advance(Duration.ofHours(2));
        AppContext.open(data, clock).close();
        assertThat(new Backups(data, clock).list()).extracting(BackupEntry::kind).containsExactly(BackupKind.DAILY);

        clock.advance(Duration.ofDays(1));
        AppContext.open(data, clock).close();
        assertThat(new Backups(data, clock).list()).hasSize(2);
    }

    @Test
    void aFailedDailyBackupIsReportedButTheAppStillOpens() throws Exception {
        try (AppContext app = AppContext.open(data, clock)) {
            app.catalog().save(Product.draft().with(ProductField.SKU, "A").with(ProductField.NAME_VI, "Bánh pía"));
        }
        Files.writeString(data.resolve("backups"), "a file where the folder should be");

        try (AppContext app = AppContext.open(data, clock)) {
            assertThat(app.startupBackupProblem()).get().extracting(StoreException::key).asString()
                    .startsWith("store.error.");
            assertThat(app.products().count()).isEqualTo(1);
        }
    }

    @Test
    void openingADatabaseThatNeedsAMigrationBacksItUpFirst() throws Exception {
        // a real version-1 database, as the first release left it
        String v1;
        try (var in = AppContextBackupTest.class.getResourceAsStream("/db/migration/V1.sql")) {
            v1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.createDirectories(data);
        DataDirs.execute(data.resolve(Database.FILE_NAME), v1);
        DataDirs.execute(data.resolve(Database.FILE_NAME), "PRAGMA user_version = 1");

        try (AppContext app = AppContext.open(data, clock)) {
            app.catalog().save(Product.draft().with(ProductField.SKU, "A").with(ProductField.NAME_VI, "Bánh pía"));
            assertThat(app.lots().count()).isZero(); // the traceability tables of version 2 exist
        }

        assertThat(new Backups(data, clock).list()).extracting(BackupEntry::kind).contains(BackupKind.PRE_MIGRATION);
        assertThat(DataDirs.number(data.resolve(Database.FILE_NAME), "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
    }
}
