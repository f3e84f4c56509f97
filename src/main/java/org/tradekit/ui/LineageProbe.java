package org.tradekit.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;

import org.tradekit.trace.ui.TraceViewModel;

/**
 * {@code --lineage-probe LOT}: opens the lot as a scan would, and prints {@code lineage_ms} from that
 * moment until the lineage tree and the timeline have been laid out showing their rows; then
 * {@code expand_ms} for opening the tree's widest node (a lot with thousands of packs) until its
 * children show. Then closes the app.
 */
final class LineageProbe {
    private LineageProbe() {
    }

    /** Once the screen shows its list of lots (as when a user is about to scan), opens the lot. */
    static void run(Scene scene, TraceViewModel trace, String lotCode) {
        Runnable[] ready = new Runnable[1];
        ready[0] = () -> {
            if (trace.lots().rows().isEmpty() || scene.lookup("#trace-lots") == null) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(ready[0]);
            Platform.runLater(() -> open(scene, trace, lotCode));
        };
        scene.addPostLayoutPulseListener(ready[0]);
        Platform.requestNextPulse();
    }

    private static void open(Scene scene, TraceViewModel trace, String lotCode) {
        long start = System.nanoTime();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (trace.lineage().storyProperty().get() != null && shown(scene)) {
                scene.removePostLayoutPulseListener(check[0]);
                System.out.println("lineage_ms=" + (System.nanoTime() - start) / 1_000_000);
                System.out.flush();
                expandWidest(scene);
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        trace.lots().scanProperty().set(lotCode);
        trace.lots().openScanned();
        trace.lots().scanProblemProperty().addListener((o, a, problem) -> {
            if (problem != null) {
                System.out.println("lineage_failed=" + problem.key() + " " + problem.args());
                Platform.exit();
            }
        });
        Platform.requestNextPulse();
    }

    private static boolean shown(Scene scene) {
        boolean tree = false;
        for (Node n : scene.getRoot().lookupAll(".tree-cell")) {
            if (n instanceof TreeCell<?> c && c.getItem() != null && c.isVisible()) {
                tree = true;
                break;
            }
        }
        if (!tree) {
            return false;
        }
        for (Node n : scene.getRoot().lookupAll("#trace-timeline .table-row-cell")) {
            if (n instanceof TableRow<?> r && r.getItem() != null && r.isVisible()) {
                return true;
            }
        }
        return false;
    }

    /** Expands the tree node with the most children below the downstream root and times it until it is laid out. */
    @SuppressWarnings("unchecked")
    private static void expandWidest(Scene scene) {
        long start = System.nanoTime(); // finding the node makes its children: counted
        javafx.scene.control.TreeView<String> tree = (javafx.scene.control.TreeView<String>) scene.lookup("#lineage-tree");
        TreeItem<String> widest = null;
        TreeItem<String> down = tree.getRoot().getChildren().get(1).getChildren().get(0);
        java.util.ArrayDeque<TreeItem<String>> queue = new java.util.ArrayDeque<>(down.getChildren());
        int seen = 0;
        while (!queue.isEmpty() && seen++ < 50) { // a few levels: harvest, processing, packing
            TreeItem<String> item = queue.poll();
            if (!item.isLeaf() && (widest == null || item.getChildren().size() > widest.getChildren().size())) {
                widest = item;
            }
            if (!item.isLeaf() && item.getChildren().size() < 100) {
                queue.addAll(item.getChildren());
            }
        }
        if (widest == null) {
            Platform.exit();
            return;
        }
        TreeItem<String> target = widest;
        target.setExpanded(true);
        tree.scrollTo(tree.getRow(target));
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            scene.removePostLayoutPulseListener(check[0]);
            System.out.println("expand_ms=" + (System.nanoTime() - start) / 1_000_000 + " children="
                    + target.getChildren().size());
            System.out.flush();
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
    }
}
