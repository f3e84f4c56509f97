package org.tradekit.ui.common;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/** Scrolls the nearest scroll pane around a node so that the node shows (e.g. a card that just appeared below the fold). */
public final class ScrollIntoView {
    private ScrollIntoView() {
    }

    /** After the next layout pass, when the node (just shown, or just filled) has its size. */
    public static void later(Node node) {
        if (node.getScene() == null) {
            return;
        }
        Scene scene = node.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            now(node);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    static void now(Node node) {
        ScrollPane pane = null;
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                pane = s;
                break;
            }
        }
        if (pane == null || pane.getContent() == null) {
            return;
        }
        pane.layout();
        Bounds content = pane.getContent().getLayoutBounds();
        Bounds viewport = pane.getViewportBounds();
        Bounds inContent = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double scrollable = content.getHeight() - viewport.getHeight();
        if (scrollable <= 0) {
            return;
        }
        double top = pane.getVvalue() * scrollable; // what the viewport shows now: top .. top + height
        double target = top;
        if (inContent.getMaxY() > top + viewport.getHeight()) {
            target = inContent.getMaxY() - viewport.getHeight(); // the node's bottom at the viewport's bottom
        }
        if (inContent.getMinY() < target) {
            target = inContent.getMinY(); // but never its top above the viewport
        }
        pane.setVvalue(Math.max(0, Math.min(1, target / scrollable)));
    }
}
