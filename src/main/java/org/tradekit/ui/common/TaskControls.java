package org.tradekit.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Messages;
import org.tradekit.trace.ui.Notice;
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

    /** A line saying how something went: green when done, red when refused or cancelled. */
    public static Label notice(String id, ObjectProperty<Notice> notice, Messages m) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        Runnable show = () -> {
            Notice n = notice.get();
            l.setText(n == null ? "" : m.get(n.key(), n.args().toArray()));
            l.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            if (n != null) {
                l.getStyleClass().add(n.problem() ? Styles.DANGER : Styles.SUCCESS);
            }
        };
        notice.addListener((o, a, b) -> show.run());
        show.run();
        return l;
    }
}
