package org.tradekit.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A two-column form: a label, then the control with its inline problem message under it. */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private int row;

    public FormGrid() {
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        labels.setPrefWidth(150);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a row; {@code problem} (may be null) sits under the control. */
    public FormGrid add(String label, Node control, Label problem) {
        Label l = new Label(label);
        l.setLabelFor(control);
        l.setWrapText(true);
        GridPane.setValignment(l, VPos.TOP);
        l.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
        VBox box = problem == null ? new VBox(control) : new VBox(2, control, problem);
        grid.add(l, 0, row);
        grid.add(box, 1, row);
        row++;
        return this;
    }

    /** A full-width node: a section heading or a list. */
    public FormGrid span(Node node) {
        grid.add(node, 0, row, 2, 1);
        row++;
        return this;
    }

    public GridPane node() {
        return grid;
    }
}
