package org.tradekit.settings;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Keeps {@link DeviceSettings} as {@code settings.json} in the data directory. Saves write a
 * temporary file and move it over the old one, so a crash never leaves half a file; a missing
 * or unreadable file gives the defaults (the app must start whatever is in it).
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private final Path file;
    private final Locale systemLocale;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsStore(Path dataDir, Locale systemLocale) {
        this.file = dataDir.resolve(FILE_NAME);
        this.systemLocale = systemLocale;
    }

    public Path file() {
        return file;
    }

    public DeviceSettings load() {
        DeviceSettings defaults = DeviceSettings.defaults(systemLocale);
        if (!Files.isRegularFile(file)) {
            return defaults;
        }
        try {
            Stored s = json.readValue(file.toFile(), Stored.class);
            return new DeviceSettings(s.language == null ? defaults.language() : s.language, s.theme, s.windowWidth,
                    s.windowHeight);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring unreadable " + file + ": " + e.getMessage());
            return defaults;
        }
    }

    public void save(DeviceSettings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Stored s = new Stored();
        s.language = settings.language();
        s.theme = settings.theme();
        s.windowWidth = settings.windowWidth();
        s.windowHeight = settings.windowHeight();
        json.writeValue(tmp.toFile(), s);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file's shape; a plain bean so that old or hand-edited files still read. */
    static final class Stored {
        public String language;
        public String theme;
        public double windowWidth;
        public double windowHeight;
    }
}
