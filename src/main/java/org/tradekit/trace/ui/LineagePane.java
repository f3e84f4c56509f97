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

import org.tradekit.label.record.LotHistory;
import org.tradekit.label.record.PrintRunText;
import org.tradekit.trace.event.EventKind;

/**
 * A lot's lineage as an expandable tree, its timeline beside it (events and print runs, marked as
 * such), and "declare an error" on an event.
 */
final class LineagePane extends StackPane {
    private static String details(LotHistory.Item i, TraceTexts t, PrintRunText runs) {
        if (i.isPrintRun()) {
            return runs.details(i.printRun());
        }
        return (i.event().retracted() ? t.get("trace.ui.timeline.retracted") + " · " : "") + t.details(i.event().event().body());
    }

    LineagePane(TraceViewModel vm, TraceTexts t) {
        setId("trace-lineage");
        TreeView<String> tree = new TreeView<>();
        tree.setId("lineage-tree");
        tree.setShowRoot(false);

        TableView<LotHistory.Item> timeline = new TableView<>();
        timeline.setId("trace-timeline");
        timeline.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        timeline.setPlaceholder(new Label(t.get("trace.ui.timeline.none")));
        PrintRunText runs = new PrintRunText(t.messages());
        TableColumn<LotHistory.Item, String> when = new TableColumn<>(t.get("trace.ui.timeline.when"));
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(t.time(c.getValue().time())));
        when.setPrefWidth(140);
        when.setMaxWidth(170);
        TableColumn<LotHistory.Item, String> what = new TableColumn<>(t.get("trace.ui.timeline.what"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().isPrintRun() ? runs.kind()
                : t.kind(c.getValue().event().event().body())));
        what.setPrefWidth(170);
        what.setMaxWidth(230);
        TableColumn<LotHistory.Item, String> qty = new TableColumn<>(t.get("trace.ui.timeline.quantity"));
        qty.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().isPrintRun() ? runs.count(c.getValue().printRun())
                : t.role(c.getValue().event())));
        qty.setPrefWidth(150);
        qty.setMaxWidth(190);
        TableColumn<LotHistory.Item, String> details = new TableColumn<>(t.get("trace.ui.timeline.details"));
        details.setCellValueFactory(c -> new ReadOnlyStringWrapper(details(c.getValue(), t, runs)));
        timeline.getColumns().setAll(java.util.List.of(when, what, qty, details));
        timeline.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(LotHistory.Item i, boolean empty) {
                super.updateItem(i, empty);
                boolean retracted = !empty && i != null && !i.isPrintRun() && i.event().retracted();
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("retracted"), retracted);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("print-run"), !empty && i != null && i.isPrintRun());
                setStyle(retracted ? "-fx-opacity: 0.6;" : "");
            }
        });

        Button declare = new Button(t.get("trace.ui.timeline.declare"), new FontIcon(Feather.ALERT_TRIANGLE));
        declare.setId("trace-declare");
        declare.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            LotHistory.Item i = timeline.getSelectionModel().getSelectedItem();
            return i == null || i.isPrintRun() || i.event().retracted() || i.event().event().kind() == EventKind.ERROR_DECLARATION;
        }, timeline.getSelectionModel().selectedItemProperty()));
        declare.setOnAction(e -> vm.declareError(timeline.getSelectionModel().getSelectedItem().event().event()));
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
            timeline.setItems(FXCollections.observableArrayList(s.timeline()));
        };
        vm.lineage().storyProperty().addListener((o, a, b) -> show.run());
        show.run();
        getChildren().addAll(content, busy);
    }
}
