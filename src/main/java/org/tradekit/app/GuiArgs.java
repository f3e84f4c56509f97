package org.tradekit.app;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** The arguments that open the window: none, {@code --data-dir DIR} and GUI flags. Anything else is a CLI call. */
record GuiArgs(Path dataDir, Set<String> flags) {

    static GuiArgs parse(String[] args, Set<String> guiFlags) {
        Path dir = null;
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir") && i + 1 < args.length) {
                dir = Path.of(args[++i]);
            } else if (a.startsWith("--data-dir=")) {
                dir = Path.of(a.substring("--data-dir=".length()));
            } else if (guiFlags.contains(a)) {
                flags.add(a);
            } else {
                return null;
            }
        }
        return new GuiArgs(dir, flags);
    }
}
