package org.tradekit.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

import org.tradekit.cli.Cli;

/**
 * Entry point of {@code tradekit.jar}: no command opens the app window; a command runs headless.
 * The window path skips the CLI parser to keep start-up short.
 */
public final class Main {
    private static final Set<String> GUI_FLAGS = Set.of("--startup-probe");
    /** {@code --lineage-probe LOT}: prints lineage_ms for opening that lot's lineage, then exits. */
    private static final Set<String> GUI_OPTIONS = Set.of("--lineage-probe");

    private Main() {
    }

    public static void main(String[] args) {
        GuiArgs gui = GuiArgs.parse(args, GUI_FLAGS, GUI_OPTIONS);
        if (gui != null) {
            org.tradekit.ui.DesktopApp.launch(DataDirectory.resolve(gui.dataDir()), gui.flags().contains("--startup-probe"),
                    gui.options().get("--lineage-probe"));
            return;
        }
        var messages = Cli.messagesFromEnvironment();
        int code = Cli.build(() -> openGui(null, false), Clock.systemDefaultZone(), messages).execute(args);
        System.exit(code);
    }

    static void openGui(Path dataDir, boolean probe) {
        org.tradekit.ui.DesktopApp.launch(DataDirectory.resolve(dataDir), probe);
    }
}
