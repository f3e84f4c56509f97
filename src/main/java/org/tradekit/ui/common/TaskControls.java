package org.tradekit.ui.common;

import java.util.function.Function;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

import atlantafx.base.theme.Styles;

import org.tradekit.ui.task.RunningTask;

/** The controls every screen shows around its long work: a progress bar while a task runs, and a line saying how it went. */
public final class TaskControls {
    private TaskControls() {
    }

    /** A progress bar shown while {@code task} holds a running task, following its progress. */
    public static ProgressBar progress(String id, ObjectProperty<RunningTask> task) {
        ProgressBar bar = new ProgressBar();
        bar.setId(id);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.visibleProperty().bind(task.isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        Runnable follow = () -> {
            RunningTask t = task.get();
            bar.progressProperty().unbind();
            if (t != null) {
                bar.progressProperty().bind(Bindings.createDoubleBinding(() -> t.progressProperty().get() == null
                        ? ProgressBar.INDETERMINATE_PROGRESS : t.progressProperty().get().fraction(), t.progressProperty()));
            }
        };
        task.addListener((o, a, b) -> follow.run());
        follow.run();
        return bar;
    }

    /**
     * A line saying how something went: green when done, red when refused or cancelled. Screens
     * give their own outcome type: its words and whether it is a problem.
     */
    public static <T> Label notice(String id, ObservableValue<T> outcome, Function<T, String> text, Predicate<T> problem) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        Runnable show = () -> {
            T n = outcome.getValue();
            l.setText(n == null ? "" : text.apply(n));
            l.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            if (n != null) {
                l.getStyleClass().add(problem.test(n) ? Styles.DANGER : Styles.SUCCESS);
            }
        };
        outcome.addListener((o, a, b) -> show.run());
        show.run();
        return l;
    }
}
