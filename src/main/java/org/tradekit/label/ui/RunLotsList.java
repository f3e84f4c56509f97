package org.tradekit.label.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Messages;

/**
 * Several lots in one run: "Add lot to run" puts the selected lot with the current count on a
 * list, each row with a button to take it off; the run prints the listed lots one after another
 * (an empty list prints the selected lot, as before).
 */
final class RunLotsList {
    private static final double ROW_HEIGHT = 30;

    private RunLotsList() {
    }

    static Node of(LabelsViewModel vm, Messages m) {
        Button add = new Button(m.get("label.ui.runLots.add"), new FontIcon(Feather.PLUS));
        add.setId("labels-add-lot");
        add.disableProperty().bind(vm.lots().selectedProperty().isNull());
        add.setOnAction(e -> vm.addLot());
        ListView<RunChoice.Line> list = new ListView<>(vm.runLots());
        list.setId("labels-run-lots");
        list.setCellFactory(v -> new LineCell(vm, m));
        list.setFocusTraversable(false);
        Label hint = new Label(m.get("label.ui.runLots.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Runnable resize = () -> {
            boolean any = !vm.runLots().isEmpty();
            list.setVisible(any);
            hint.setVisible(any);
            list.setPrefHeight(Math.min(6, vm.runLots().size()) * ROW_HEIGHT + 4);
        };
        list.managedProperty().bind(list.visibleProperty());
        hint.managedProperty().bind(hint.visibleProperty());
        vm.runLots().addListener((javafx.collections.ListChangeListener<RunChoice.Line>) c -> resize.run());
        resize.run();
        return new VBox(6, add, list, hint);
    }

    /** "LOT-CODE × 10" and a button taking the lot off the run. */
    private static final class LineCell extends ListCell<RunChoice.Line> {
        private final LabelsViewModel vm;
        private final Messages m;

        LineCell(LabelsViewModel vm, Messages m) {
            this.vm = vm;
            this.m = m;
        }

        @Override
        protected void updateItem(RunChoice.Line line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label text = new Label(m.get("label.ui.runLots.line", line.lotCode(), line.count()));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setId("labels-remove-lot-" + getIndex());
            remove.setOnAction(e -> vm.removeLot(line));
            remove.setAccessibleText(m.get("label.ui.runLots.remove", line.lotCode()));
            remove.setTooltip(new javafx.scene.control.Tooltip(remove.getAccessibleText()));
            HBox row = new HBox(6, text, gap, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
