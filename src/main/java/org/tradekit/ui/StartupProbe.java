package org.tradekit.ui;

import java.lang.management.ManagementFactory;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;

import org.tradekit.catalog.ui.CatalogViewModel;

/**
 * {@code --startup-probe}: prints {@code startup_ms=N} (since the JVM started) once the
 * catalog table has been laid out showing its first rows, then closes the app.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    static void arm(Scene scene, CatalogViewModel catalog) {
        Runnable[] check = new Runnable[1];
        boolean[] done = new boolean[1];
        check[0] = () -> {
            if (done[0]) {
                scene.removePostLayoutPulseListener(check[0]);
                return;
            }
            if (rowsShown(scene) || (catalog.loadedProperty().get() && catalog.rows().isEmpty())) {
                done[0] = true;
                scene.removePostLayoutPulseListener(check[0]);
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup_ms=" + ms);
                System.out.flush();
                Platform.exit();
            } else {
                Platform.requestNextPulse();
            }
        };
        boolean[] armed = new boolean[1];
        Runnable arm = () -> {
            if (!armed[0]) {
                armed[0] = true;
                scene.addPostLayoutPulseListener(check[0]);
            }
            Platform.requestNextPulse();
        };
        catalog.rows().addListener((ListChangeListener<Object>) c -> arm.run());
        catalog.loadedProperty().addListener((o, a, b) -> arm.run());
    }

    private static boolean rowsShown(Scene scene) {
        for (Node n : scene.getRoot().lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> r && r.getItem() != null && r.isVisible()) {
                return true;
            }
        }
        return false;
    }
}
