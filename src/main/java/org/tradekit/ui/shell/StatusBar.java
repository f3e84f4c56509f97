package org.tradekit.ui.shell;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Messages;
import org.tradekit.ui.task.RunningTask;
import org.tradekit.work.Progress;

/** The bottom line of the window: a note on the left, the running tasks (progress and cancel) on the right. */
public final class StatusBar extends HBox {
    private final Messages m;
    private final Label note = new Label();
    private final HBox tasks = new HBox(12);
    private final ObservableList<RunningTask> running;
    private final ListChangeListener<RunningTask> listener = c -> rebuild();

    public StatusBar(ObservableList<RunningTask> running, Messages m) {
        super(10);
        this.m = m;
        this.running = running;
        setId("status-bar");
        getStyleClass().add("status-bar");
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        tasks.setId("status-tasks");
        tasks.setAlignment(Pos.CENTER_RIGHT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(note, grow, tasks);
        running.addListener(new WeakListChangeListener<>(listener));
        rebuild();
    }

    public StringProperty noteProperty() {
        return note.textProperty();
    }

    private void rebuild() {
        tasks.getChildren().clear();
        for (RunningTask t : running) {
            Label title = new Label(m.get(t.titleKey(), t.titleArgs()));
            ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
            bar.setPrefWidth(120);
            t.progressProperty().addListener((o, a, p) -> show(p, bar, title));
            show(t.progressProperty().get(), bar, title);
            Button cancel = new Button(null, new FontIcon(Feather.X_CIRCLE));
            cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            cancel.setTooltip(new Tooltip(m.get("ui.task.cancel")));
            cancel.setOnAction(e -> t.cancel());
            cancel.disableProperty().bind(t.cancelRequestedProperty());
            HBox box = new HBox(6, title, bar, cancel);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("running-task");
            tasks.getChildren().add(box);
        }
    }

    private void show(Progress p, ProgressBar bar, Label title) {
        if (p == null) {
            return;
        }
        bar.setProgress(p.fraction() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : p.fraction());
        if (p.messageKey() != null && m.has(p.messageKey())) {
            title.setText(m.get(p.messageKey(), p.args()));
        }
    }
}
