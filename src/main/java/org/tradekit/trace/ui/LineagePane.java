package org.tradekit.trace.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.TimelineEntry;

/** A lot's lineage as an expandable tree, its event timeline beside it, and "declare an error" on an event. */
final class LineagePane extends StackPane {
    LineagePane(TraceViewModel vm, TraceTexts t) {
        setId("trace-lineage");
        TreeView<String> tree = new TreeView<>();
        tree.setId("lineage-tree");
        tree.setShowRoot(false);

        TableView<TimelineEntry> timeline = new TableView<>();
        timeline.setId("trace-timeline");
        timeline.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        timeline.setPlaceholder(new Label(t.get("trace.ui.timeline.none")));
        TableColumn<TimelineEntry, String> when = new TableColumn<>(t.get("trace.ui.timeline.when"));
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(t.time(c.getValue().event().time())));
        when.setPrefWidth(140);
        when.setMaxWidth(170);
        TableColumn<TimelineEntry, String> what = new TableColumn<>(t.get("trace.ui.timeline.what"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(t.kind(c.getValue().event().body())));
        what.setPrefWidth(170);
        what.setMaxWidth(230);
        TableColumn<TimelineEntry, String> qty = new TableColumn<>(t.get("trace.ui.timeline.quantity"));
        qty.setCellValueFactory(c -> new ReadOnlyStringWrapper(t.role(c.getValue())));
        qty.setPrefWidth(150);
        qty.setMaxWidth(190);
        TableColumn<TimelineEntry, String> details = new TableColumn<>(t.get("trace.ui.timeline.details"));
        details.setCellValueFactory(c -> new ReadOnlyStringWrapper((c.getValue().retracted()
                ? t.get("trace.ui.timeline.retracted") + " · " : "") + t.details(c.getValue().event().body())));
        timeline.getColumns().setAll(java.util.List.of(when, what, qty, details));
        timeline.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(TimelineEntry e, boolean empty) {
                super.updateItem(e, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("retracted"), !empty && e != null && e.retracted());
                setStyle(!empty && e != null && e.retracted() ? "-fx-opacity: 0.6;" : "");
            }
        });

        Button declare = new Button(t.get("trace.ui.timeline.declare"), new FontIcon(Feather.ALERT_TRIANGLE));
        declare.setId("trace-declare");
        declare.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            TimelineEntry e = timeline.getSelectionModel().getSelectedItem();
            return e == null || e.retracted() || e.event().kind() == EventKind.ERROR_DECLARATION;
        }, timeline.getSelectionModel().selectedItemProperty()));
        declare.setOnAction(e -> vm.declareError(timeline.getSelectionModel().getSelectedItem().event()));
        Label timelineTitle = new Label(t.get("trace.ui.timeline.title"));
        timelineTitle.getStyleClass().add(Styles.TEXT_BOLD);
        HBox timelineBar = new HBox(8, timelineTitle, new javafx.scene.layout.Region(), declare);
        HBox.setHgrow(timelineBar.getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        VBox right = new VBox(6, timelineBar, timeline);

        Label treeTitle = new Label(t.get("trace.ui.lineage.title"));
        treeTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox left = new VBox(6, treeTitle, tree);
        SplitPane split = new SplitPane(left, right); // the timeline under the tree: both get the full width
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.58);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(40, 40);
        busy.visibleProperty().bind(vm.lineage().loadingProperty());
        Label empty = new Label(t.get("trace.ui.lot.noneChosen"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        BorderPane content = new BorderPane(split);
        content.setPadding(new Insets(0));
        Runnable show = () -> {
            LotStory s = vm.lineage().storyProperty().get();
            if (s == null) {
                tree.setRoot(null);
                timeline.setItems(FXCollections.observableArrayList());
                return;
            }
            tree.setRoot(LineageTree.build(s.lineage(), t));
            timeline.setItems(FXCollections.observableArrayList(s.history()));
        };
        vm.lineage().storyProperty().addListener((o, a, b) -> show.run());
        show.run();
        getChildren().addAll(content, busy);
    }
}
