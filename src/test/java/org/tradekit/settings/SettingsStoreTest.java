package org.tradekit.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void defaultLanguageFollowsTheSystem() {
        assertThat(new SettingsStore(dir, Locale.forLanguageTag("vi-VN")).load().language()).isEqualTo("vi");
        assertThat(new SettingsStore(dir, Locale.FRANCE).load().language()).isEqualTo("en");
    }

    @Test
    void savedSettingsComeBackAndNoTemporaryFileStays() throws Exception {
        SettingsStore store = new SettingsStore(dir, Locale.US);
        store.save(new DeviceSettings("vi", "dark", 1024, 700));
        assertThat(new SettingsStore(dir, Locale.US).load()).isEqualTo(new DeviceSettings("vi", "dark", 1024, 700));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{\"language\": \"vi\", \"theme\": ");
        assertThat(new SettingsStore(dir, Locale.US).load()).isEqualTo(DeviceSettings.defaults(Locale.US));
    }
}
