package org.tradekit.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The arguments that open the window: none, {@code --data-dir DIR}, GUI flags and GUI options with
 * a value ({@code --lineage-probe LOT}). Anything else is a CLI call.
 */
record GuiArgs(Path dataDir, Set<String> flags, Map<String, String> options) {

    static GuiArgs parse(String[] args, Set<String> guiFlags) {
        return parse(args, guiFlags, Set.of());
    }

    static GuiArgs parse(String[] args, Set<String> guiFlags, Set<String> guiOptions) {
        Path dir = null;
        Set<String> flags = new HashSet<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir") && i + 1 < args.length) {
                dir = Path.of(args[++i]);
            } else if (a.startsWith("--data-dir=")) {
                dir = Path.of(a.substring("--data-dir=".length()));
            } else if (guiOptions.contains(a) && i + 1 < args.length) {
                options.put(a, args[++i]);
            } else if (guiFlags.contains(a)) {
                flags.add(a);
            } else {
                return null;
            }
        }
        return new GuiArgs(dir, flags, options);
    }
}
