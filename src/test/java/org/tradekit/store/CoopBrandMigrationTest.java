package org.tradekit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.coop.CoopBrand;
import org.tradekit.coop.CoopProfileService;

/** A database written by the previous release (schema V7) keeps its profile and gains empty story and colour. */
class CoopBrandMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersion7ProfileIsKeptAndCanThenBeGivenAStoryAndColour() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            for (int v = 1; v <= 7; v++) {
                s.executeUpdate(Migrations.script(v));
            }
            s.executeUpdate("PRAGMA user_version = 7");
            s.executeUpdate("INSERT INTO coop_profile (id, _hlc, name_vi, province, currency) "
                    + "VALUES ('p1', 1, 'HTX Chè Tân Cương', 'Thái Nguyên', 'VND')");
        }
        try (Database db = Database.open(file, TestContexts.CLOCK, p -> { })) {
            assertThat(db.<Integer>read(Migrations::currentVersion)).isEqualTo(Migrations.LATEST).isEqualTo(8);
            CoopProfileService service = new CoopProfileService(db);
            var profile = service.load().orElseThrow();
            assertThat(profile.nameVi()).isEqualTo("HTX Chè Tân Cương");
            assertThat(profile.province()).isEqualTo("Thái Nguyên");
            assertThat(service.brand()).isEqualTo(CoopBrand.empty());
            service.saveBrand(new CoopBrand("Chè xanh hái tay.", "Hand-picked green tea.", "#1565C0"));
            assertThat(service.brand().colour()).isEqualTo("#1565C0");
            assertThat(service.load().orElseThrow()).isEqualTo(profile);
            assertThat(db.quickCheck()).isEmpty();
        }
    }
}
