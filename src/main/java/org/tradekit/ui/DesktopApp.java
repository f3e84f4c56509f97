package org.tradekit.ui;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the window shell. Started by {@link #launch(Path, boolean)} from the launcher. */
public final class DesktopApp extends Application {
    private static Path dataDir;
    private static boolean probe;

    public static void launch(Path dir, boolean startupProbe) {
        dataDir = dir;
        probe = startupProbe;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Trade Kit");
        stage.setScene(new Scene(new Label(String.valueOf(dataDir)), 800, 600));
        stage.show();
        if (probe) {
            System.out.println("startup_ms=0");
            javafx.application.Platform.exit();
        }
    }
}
