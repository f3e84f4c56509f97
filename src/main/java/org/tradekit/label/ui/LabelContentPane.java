package org.tradekit.label.ui;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Messages;
import org.tradekit.label.run.LabelLayout;
import org.tradekit.ui.common.Choices;

/**
 * "Label content", a collapsible section of the run: which of the layout's fields print (a box for
 * each, wrapping in the narrow column), the cooperative's logo, and the check before printing (the
 * printer's resolution, the EU x-height rule). The check's warnings show under the preview.
 */
final class LabelContentPane extends TitledPane {
    /** Field names are looked up as label.ui.field.<name> (LabelLayout's field names). */
    static final String FIELD_KEY = "label.ui.field.";

    private final LabelsViewModel vm;
    private final Messages m;
    private final GridPane fieldBoxes = new GridPane(); // two columns: a tidy grid in the narrow column

    LabelContentPane(LabelsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setId("labels-content");
        setText(m.get("label.ui.content"));
        setExpanded(false);
        setAnimated(false);
        getStyleClass().add(Styles.DENSE); // less padding: the middle column is narrow

        fieldBoxes.setId("labels-fields");
        fieldBoxes.setHgap(14);
        fieldBoxes.setVgap(4);
        Label noField = new Label(m.get("label.ui.fields.none"));
        noField.setId("labels-fields-none");
        noField.setWrapText(true);
        noField.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        noField.managedProperty().bind(noField.visibleProperty());
        Runnable follow = () -> {
            noField.setVisible(vm.fields().isEmpty());
            fieldBoxes.getChildren().forEach(n -> ((CheckBox) n).setSelected(vm.fields().contains((String) n.getUserData())));
        };
        vm.layoutProperty().addListener((o, a, l) -> {
            boxes(l);
            follow.run();
        });
        vm.fields().addListener((ListChangeListener<String>) c -> follow.run());
        boxes(vm.layoutProperty().get());
        follow.run();

        CheckBox logo = new CheckBox(m.get("label.ui.logo"));
        logo.setId("labels-logo");
        logo.setWrapText(true);
        logo.selectedProperty().bindBidirectional(vm.logoProperty());
        logo.disableProperty().bind(vm.logoAvailableProperty().not());
        Label noLogo = small(m.get("label.ui.logo.none"));
        noLogo.setId("labels-logo-none");
        noLogo.visibleProperty().bind(vm.logoAvailableProperty().not());
        noLogo.managedProperty().bind(noLogo.visibleProperty());

        ComboBox<Integer> dpi = Choices.combo("labels-dpi", LabelsViewModel.PRINTER_DPIS, d -> m.get("label.ui.dpi.value", d));
        dpi.setValue(vm.dpiProperty().get());
        dpi.valueProperty().addListener((o, a, d) -> {
            if (d != null) {
                vm.dpiProperty().set(d);
            }
        });
        vm.dpiProperty().addListener((o, a, d) -> dpi.setValue(d.intValue()));
        Label dpiLabel = new Label(m.get("label.ui.dpi"));
        dpiLabel.setLabelFor(dpi);
        CheckBox eu = new CheckBox(m.get("label.ui.eu"));
        eu.setId("labels-eu");
        eu.setWrapText(true);
        eu.selectedProperty().bindBidirectional(vm.euProperty());

        HBox dpiRow = new HBox(8, dpiLabel, dpi);
        dpiRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, bold("label.ui.fields"), fieldBoxes, noField, logo, noLogo, bold("label.ui.check"),
                dpiRow, eu, small(m.get("label.ui.check.hint")));
        setContent(box);
    }

    /** One box per field the layout can print, in its order. */
    private void boxes(LabelLayout layout) {
        fieldBoxes.getChildren().clear();
        List<String> valid = layout.validFields();
        for (int i = 0; i < valid.size(); i++) {
            String field = valid.get(i);
            CheckBox box = new CheckBox(m.get(FIELD_KEY + field));
            box.setId("labels-field-" + field);
            box.setUserData(field);
            box.selectedProperty().addListener((o, a, on) -> vm.setField(field, on));
            fieldBoxes.add(box, i % 2, i / 2);
        }
    }

    private Label bold(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }
}
