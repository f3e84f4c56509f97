package org.tradekit.label.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Messages;

/**
 * The printer part of the Labels screen: the printer, Print (with progress and Cancel), whether
 * the printer is calibrated for the stock, and the calibration wizard in place: print the test
 * grid, type what was measured, save.
 */
final class LabelPrintPane extends VBox {
    private final LabelPrintViewModel vm;
    private final LabelsViewModel run;
    private final Messages m;
    private final VBox wizard;

    LabelPrintPane(LabelPrintViewModel vm, LabelsViewModel run, Messages m) {
        super(8);
        this.vm = vm;
        this.run = run;
        this.m = m;
        setId("labels-print");
        ComboBox<String> printer = new ComboBox<>(vm.printers());
        printer.setId("labels-printer");
        printer.setMaxWidth(Double.MAX_VALUE);
        printer.setPromptText(m.get("label.ui.printer.none"));
        printer.valueProperty().bindBidirectional(vm.printerProperty());
        HBox.setHgrow(printer, Priority.ALWAYS);
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("labels-printers-refresh");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setOnAction(e -> vm.loadPrinters());
        Label state = new Label();
        state.setId("labels-calibration-state");
        state.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        state.setWrapText(true);
        state.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        state.textProperty().bind(Bindings.createStringBinding(() -> vm.printerProperty().get() == null
                || run.stockProperty().get() == null ? ""
                        : vm.calibratedProperty().get() ? m.get("label.ui.calibrated.yes")
                                : m.get("label.ui.calibrated.no"),
                vm.calibratedProperty(), vm.printerProperty(), run.stockProperty()));

        Button print = new Button(m.get("label.ui.print"), new FontIcon(Feather.PRINTER));
        print.setId("labels-print-button");
        print.disableProperty().bind(run.lots().selectedProperty().isNull().or(run.stockProperty().isNull())
                .or(vm.printerProperty().isNull()).or(vm.printingTaskProperty().isNotNull()));
        print.setOnAction(e -> vm.print());
        Button cancel = new Button(m.get("label.ui.cancel"), new FontIcon(Feather.X));
        cancel.setId("labels-print-cancel");
        cancel.visibleProperty().bind(vm.printingTaskProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelPrint());
        Button calibrate = new Button(m.get("label.ui.calibrate"), new FontIcon(Feather.CROSSHAIR));
        calibrate.setId("labels-calibrate");
        calibrate.disableProperty().bind(vm.printerProperty().isNull().or(run.stockProperty().isNull()));
        calibrate.setOnAction(e -> vm.startCalibration(m));
        ProgressBar bar = LabelsView.progress("labels-print-progress", vm.printingTaskProperty());
        Label result = LabelsView.notice("labels-print-result", vm.printedProperty(), m);

        Label heading = new Label(m.get("label.ui.printer"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        HBox printerRow = new HBox(6, printer, refresh);
        printerRow.setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[] {print, cancel, calibrate}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "Pr…"
        }
        HBox buttons = new HBox(8, print, cancel, calibrate);
        getChildren().addAll(heading, printerRow, state, buttons, bar, result);
        wizard = buildWizard();
    }

    /** The calibration wizard as a card, for the screen to show over the preview while it is open. */
    VBox wizard() {
        return wizard;
    }

    private VBox buildWizard() {
        Label title = new Label(m.get("label.ui.calibrate.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label();
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button printGrid = new Button(m.get("label.ui.calibrate.printGrid"), new FontIcon(Feather.PRINTER));
        printGrid.setId("calibrate-print-grid");
        printGrid.setOnAction(e -> vm.printGrid());
        printGrid.disableProperty().bind(vm.busyProperty().greaterThan(0));
        Button skip = new Button(m.get("label.ui.calibrate.skip"));
        skip.setId("calibrate-skip");
        skip.getStyleClass().add(Styles.FLAT);
        skip.setOnAction(e -> vm.skipToMeasure());
        VBox gridButtons = new VBox(6, printGrid, skip);

        javafx.scene.layout.GridPane form = new javafx.scene.layout.GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.add(labelled("label.ui.calibrate.right", field("calibrate-right", vm.rightMmProperty())), 0, 0);
        form.add(labelled("label.ui.calibrate.down", field("calibrate-down", vm.downMmProperty())), 1, 0);
        form.add(labelled("label.ui.calibrate.barX", field("calibrate-bar-x", vm.barXMmProperty())), 0, 1);
        form.add(labelled("label.ui.calibrate.barY", field("calibrate-bar-y", vm.barYMmProperty())), 1, 1);
        Button save = new Button(m.get("label.ui.calibrate.save"), new FontIcon(Feather.CHECK));
        save.setId("calibrate-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> vm.saveCalibration());
        save.disableProperty().bind(vm.busyProperty().greaterThan(0));
        VBox measure = new VBox(10, form, save);

        Label notice = LabelsView.notice("calibrate-notice", vm.wizardNoticeProperty(), m);
        notice.managedProperty().bind(vm.wizardNoticeProperty().isNotNull());
        Button close = new Button(m.get("label.ui.calibrate.close"));
        close.setId("calibrate-close");
        close.setOnAction(e -> vm.closeCalibration());

        VBox card = new VBox(10, title, text, gridButtons, measure, notice, close);
        card.setId("calibrate-wizard");
        card.getStyleClass().add("message-card");
        card.setPadding(new Insets(16));
        card.setMaxWidth(420);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.managedProperty().bind(card.visibleProperty());
        Runnable show = () -> {
            LabelPrintViewModel.Step s = vm.stepProperty().get();
            card.setVisible(s != LabelPrintViewModel.Step.CLOSED);
            gridButtons.setVisible(s == LabelPrintViewModel.Step.PRINT_GRID);
            gridButtons.setManaged(gridButtons.isVisible());
            measure.setVisible(s == LabelPrintViewModel.Step.MEASURE);
            measure.setManaged(measure.isVisible());
            text.setText(switch (s) {
                case CLOSED -> "";
                case PRINT_GRID -> m.get("label.ui.calibrate.step1", vm.printerProperty().get(),
                        run.stockProperty().get() == null ? "" : run.stockProperty().get().name());
                case MEASURE -> m.get("label.ui.calibrate.step2");
                case DONE -> m.get("label.ui.calibrate.step3");
            });
        };
        vm.stepProperty().addListener((o, a, b) -> show.run());
        show.run();
        return card;
    }

    /** A small label over its field. */
    private VBox labelled(String key, TextField field) {
        Label l = new Label(m.get(key));
        l.setLabelFor(field);
        l.getStyleClass().add(Styles.TEXT_SMALL);
        return new VBox(3, l, field);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        f.textProperty().bindBidirectional(p);
        return f;
    }
}
