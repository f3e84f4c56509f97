package org.tradekit.ui.common;

import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.WeakMapChangeListener;
import javafx.scene.control.Label;

import atlantafx.base.theme.Styles;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.i18n.Messages;

/** The inline message under a field: shows the field's problem, localized, and takes no room when there is none. */
public final class ProblemLabel extends Label {
    /** Held here so the weak listener lives exactly as long as this label (views are rebuilt, view models stay). */
    private final MapChangeListener<String, FieldProblem> listener;

    public ProblemLabel(ObservableMap<String, FieldProblem> problems, String field, Messages messages) {
        getStyleClass().addAll("problem", Styles.DANGER, Styles.TEXT_SMALL);
        setWrapText(true);
        managedProperty().bind(visibleProperty());
        setId("problem-" + field);
        Runnable update = () -> {
            FieldProblem p = problems.get(field);
            setText(p == null ? "" : messages.get(p.key(), p.argArray()));
            setVisible(p != null);
        };
        listener = c -> {
            if (c.getKey().equals(field)) {
                update.run();
            }
        };
        problems.addListener(new WeakMapChangeListener<>(listener));
        update.run();
    }
}
