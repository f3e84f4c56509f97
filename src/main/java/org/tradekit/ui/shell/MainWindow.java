package org.tradekit.ui.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.ui.task.RunningTask;

/**
 * The main window's layout: navigation on the left built from the feature list, the chosen
 * feature's view in the middle, the status bar at the bottom. Views are built on first visit
 * and kept while this window lives.
 */
public final class MainWindow extends BorderPane {
    private final Map<String, Feature> features = new HashMap<>();
    private final Map<String, Node> views = new HashMap<>();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    private final StackPane content = new StackPane();
    private final VBox warnings = new VBox();
    private final Messages m;
    private final Formats formats;
    private final Consumer<String> onShow;
    private final StatusBar status;

    public MainWindow(List<Feature> list, Messages m, Formats formats, ObservableList<RunningTask> running,
            String selected, Consumer<String> onShow) {
        this.m = m;
        this.formats = formats;
        this.onShow = onShow;
        setId("main-window");
        VBox nav = new VBox(4);
        nav.setId("navigation");
        nav.getStyleClass().add("navigation");
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.setPrefWidth(220);
        nav.setMinWidth(220);
        Label app = new Label(m.get("app.name"));
        app.getStyleClass().add(Styles.TITLE_3);
        app.setPadding(new Insets(0, 0, 12, 6));
        nav.getChildren().add(app);
        ToggleGroup group = new ToggleGroup();
        for (Feature f : list) {
            features.put(f.id(), f);
            ToggleButton b = new ToggleButton(m.get(f.nameKey()), new FontIcon(f.icon()));
            b.setId("nav-" + f.id());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add(Styles.FLAT);
            b.setOnAction(e -> show(f.id()));
            buttons.put(f.id(), b);
            nav.getChildren().add(b);
        }
        // a selected button stays selected: the toggle group must not leave nothing shown
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        status = new StatusBar(running, m);
        warnings.setId("warnings");
        VBox.setVgrow(content, Priority.ALWAYS);
        setLeft(nav);
        setCenter(new VBox(warnings, content));
        setBottom(status);
        show(features.containsKey(selected) ? selected : list.get(0).id());
    }

    /** Shows a feature's view, building it on first visit. */
    public void show(String id) {
        Feature f = features.get(id);
        Node view = views.computeIfAbsent(id, k -> f.view().create(m, formats));
        content.getChildren().setAll(view);
        buttons.get(id).setSelected(true);
        onShow.accept(id);
    }

    /** Shows these warnings above the screens; {@code dismiss} is told when the user closes one. */
    public void showWarnings(List<Warning> list, Consumer<Warning> dismiss) {
        warnings.getChildren().setAll(list.stream().map(w -> new WarningBar(w, m, () -> dismiss.accept(w))).toList());
    }

    public StatusBar statusBar() {
        return status;
    }
}
