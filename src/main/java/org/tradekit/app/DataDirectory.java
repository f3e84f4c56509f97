package org.tradekit.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the data lives: {@code --data-dir}, else {@code TRADEKIT_HOME}, else the OS convention. */
public final class DataDirectory {
    public static final String ENV = "TRADEKIT_HOME";

    private DataDirectory() {
    }

    public static Path resolve(Path option, Map<String, String> env, String osName, String userHome) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return Path.of(appData != null ? appData : userHome, "TradeKit");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "TradeKit");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share")).resolve("tradekit");
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
