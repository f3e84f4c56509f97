package org.tradekit.catalog.ui;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.catalog.io.ColumnTarget;
import org.tradekit.catalog.io.FileFormat;
import org.tradekit.catalog.io.ImportMode;
import org.tradekit.catalog.io.ImportNotice;
import org.tradekit.catalog.io.ImportPlan;
import org.tradekit.catalog.io.ImportReport;
import org.tradekit.catalog.io.RowProblem;
import org.tradekit.catalog.io.SourceInfo;
import org.tradekit.i18n.Messages;
import org.tradekit.ui.common.Choices;
import org.tradekit.ui.task.RunningTask;

/**
 * The import screen: the file and what was detected about it, the column mapping, the dry run's
 * counts and problems, the mode, and Re-check / Import / Cancel. Binds to {@link ImportViewModel}
 * only; the file chooser just hands the path over.
 */
public final class ImportView extends VBox {
    private final ImportViewModel vm;
    private final Messages m;

    public ImportView(ImportViewModel vm, Messages m) {
        super(8);
        this.vm = vm;
        this.m = m;
        setId("import-view");
        setPadding(new Insets(10));

        Label title = new Label(m.get("ui.import.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Button choose = new Button(m.get("ui.import.choose"), new FontIcon(Feather.FOLDER));
        choose.setId("import-choose");
        choose.setOnAction(e -> chooseFile());
        Button close = new Button(m.get("ui.import.close"));
        close.setId("import-close");
        close.setOnAction(e -> vm.close());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, title, grow, choose, close);
        top.setAlignment(Pos.CENTER_LEFT);

        Label file = new Label();
        file.setId("import-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.planProperty().get(),
                vm.fileProperty().get() == null ? null : vm.fileProperty().get().toString()), vm.planProperty(),
                vm.fileProperty()));
        Label error = new Label();
        error.setId("import-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(Bindings.createStringBinding(() -> text(vm.errorProperty().get()),
                vm.errorProperty()));
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Label notices = new Label();
        notices.setId("import-notices");
        notices.setWrapText(true);
        notices.getStyleClass().add(Styles.TEXT_MUTED);
        notices.textProperty().bind(Bindings.createStringBinding(() -> vm.planProperty().get() == null ? ""
                : vm.planProperty().get().notices().stream().map(this::text).collect(Collectors.joining("\n")),
                vm.planProperty()));

        TableView<ImportViewModel.ColumnChoice> mapping = mappingTable();
        Label summary = new Label();
        summary.setId("import-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(vm.dryRunProperty().get(),
                vm.resultProperty().get()), vm.dryRunProperty(), vm.resultProperty(), vm.checkingProperty()));
        TableView<RowProblem> problems = problemsTable();

        ToggleGroup modes = new ToggleGroup();
        RadioButton all = new RadioButton(m.get("ui.import.mode.allOrNothing"));
        all.setId("import-mode-all");
        all.setToggleGroup(modes);
        all.setUserData(ImportMode.ALL_OR_NOTHING);
        RadioButton skip = new RadioButton(m.get("ui.import.mode.skipBad"));
        skip.setId("import-mode-skip");
        skip.setToggleGroup(modes);
        skip.setUserData(ImportMode.SKIP_BAD);
        modes.selectToggle(vm.modeProperty().get() == ImportMode.SKIP_BAD ? skip : all);
        modes.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.modeProperty().set((ImportMode) t.getUserData());
            }
        });

        Button recheck = new Button(m.get("ui.import.recheck"), new FontIcon(Feather.REFRESH_CW));
        recheck.setId("import-recheck");
        recheck.disableProperty().bind(vm.fileProperty().isNull().or(vm.checkingProperty())
                .or(vm.importingProperty().isNotNull()));
        recheck.setOnAction(e -> vm.recheck());
        Button run = new Button(m.get("ui.import.run"), new FontIcon(Feather.DOWNLOAD));
        run.setId("import-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(vm.importableProperty().not());
        run.setOnAction(e -> vm.importNow());
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.visibleProperty().bind(vm.importingProperty().isNotNull().or(vm.checkingProperty()));
        vm.importingProperty().addListener((o, a, task) -> follow(progress, task));
        Button cancel = new Button(m.get("ui.import.cancel"));
        cancel.setId("import-cancel");
        cancel.visibleProperty().bind(vm.importingProperty().isNotNull());
        cancel.setOnAction(e -> vm.cancel());
        HBox actions = new HBox(8, all, skip, new Region(), recheck, run, progress, cancel);
        HBox.setHgrow(actions.getChildren().get(2), Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label result = new Label();
        result.setId("import-result");
        result.setWrapText(true);
        result.textProperty().bind(Bindings.createStringBinding(() -> result(vm.resultProperty().get(),
                vm.cancelledProperty().get()), vm.resultProperty(), vm.cancelledProperty()));

        VBox.setVgrow(mapping, Priority.SOMETIMES);
        VBox.setVgrow(problems, Priority.ALWAYS);
        getChildren().addAll(top, file, error, notices, new Label(m.get("ui.import.mapping")), mapping, summary,
                problems, actions, result);
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("ui.import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("ui.import.fileKinds"), "*.csv",
                "*.xlsx", "*.CSV", "*.XLSX"));
        File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            vm.choose(f.toPath());
        }
    }

    private void follow(ProgressBar bar, RunningTask task) {
        bar.progressProperty().unbind();
        if (task == null) {
            bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
            return;
        }
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> task.progressProperty().get() == null
                ? ProgressBar.INDETERMINATE_PROGRESS : task.progressProperty().get().fraction(), task.progressProperty()));
    }

    private TableView<ImportViewModel.ColumnChoice> mappingTable() {
        TableView<ImportViewModel.ColumnChoice> table = new TableView<>(vm.columns());
        table.setId("import-mapping");
        table.setPrefHeight(160);
        table.setMinHeight(130); // a few columns always show: the problems table below gives way
        table.setPlaceholder(new Label(m.get("ui.import.noColumns")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportViewModel.ColumnChoice, String> header = new TableColumn<>(m.get("ui.import.column.header"));
        header.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                org.tradekit.catalog.io.ColumnMapping.letter(c.getValue().column()) + ": " + c.getValue().header()));
        TableColumn<ImportViewModel.ColumnChoice, ImportViewModel.ColumnChoice> target =
                new TableColumn<>(m.get("ui.import.column.target"));
        target.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        target.setCellFactory(c -> new TargetCell());
        table.getColumns().add(header);
        table.getColumns().add(target);
        return table;
    }

    /** A combo box of every target; choosing one re-maps the column and dry-runs again. */
    private final class TargetCell extends TableCell<ImportViewModel.ColumnChoice, ImportViewModel.ColumnChoice> {
        private final ComboBox<ColumnTarget> box = new ComboBox<>();
        private boolean filling;

        TargetCell() {
            box.setConverter(Choices.converter(t -> t == null ? "" : m.get(t.labelKey(), t.labelArgs())));
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().addListener((o, a, t) -> {
                if (!filling && t != null && getItem() != null) {
                    vm.map(getItem().column(), t);
                }
            });
        }

        @Override
        protected void updateItem(ImportViewModel.ColumnChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            filling = true;
            List<ColumnTarget> choices = new ArrayList<>(ColumnTarget.choices());
            if (!choices.contains(item.target())) {
                choices.add(0, item.target());
            }
            box.setItems(FXCollections.observableArrayList(choices));
            box.setValue(item.target());
            box.setId("import-target-" + item.column());
            filling = false;
            setGraphic(box);
        }
    }

    private TableView<RowProblem> problemsTable() {
        TableView<RowProblem> table = new TableView<>(vm.problems());
        table.setId("import-problems");
        Label none = new Label();
        none.textProperty().bind(Bindings.createStringBinding(() -> vm.dryRunProperty().get() == null
                && vm.resultProperty().get() == null ? "" : m.get("ui.import.noProblems"), vm.dryRunProperty(),
                vm.resultProperty())); // "no problems" only once a file was checked
        table.setPlaceholder(none);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RowProblem, String> row = new TableColumn<>(m.get("ui.import.problem.row"));
        row.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().row())));
        TableColumn<RowProblem, String> column = new TableColumn<>(m.get("ui.import.problem.column"));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().columnLetter().isEmpty()
                ? c.getValue().header() : c.getValue().columnLetter() + " (" + c.getValue().header() + ")"));
        TableColumn<RowProblem, String> message = new TableColumn<>(m.get("ui.import.problem.message"));
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(m.get(c.getValue().key(), c.getValue().argArray())));
        table.getColumns().add(row);
        table.getColumns().add(column);
        table.getColumns().add(message);
        return table;
    }

    private String describe(ImportPlan plan, String path) {
        if (path == null) {
            return m.get("ui.import.noFile");
        }
        if (plan == null) {
            return path;
        }
        SourceInfo s = plan.source();
        String source = s.format() == FileFormat.XLSX ? m.get("cli.import.sourceXlsx")
                : m.get("cli.import.sourceCsv", s.charset(), s.delimiter() == '\t' ? m.get("cli.import.tab")
                        : String.valueOf(s.delimiter()));
        return path + " — " + source;
    }

    private String text(ImportNotice n) {
        return n == null ? "" : m.get(n.key(), n.argArray());
    }

    /** The dry run's counts, or once an import wrote, the import's own (the dry run is stale then). */
    private String summary(ImportReport dry, ImportReport done) {
        ImportReport r = done != null && done.written() ? done : dry;
        if (r == null) {
            return vm.checkingProperty().get() ? m.get("ui.import.checking") : "";
        }
        String counts = r == done ? m.get("ui.import.summaryDone", r.rowsRead(), r.created(), r.updated(),
                r.unchanged(), r.refused())
                : m.get("ui.import.summary", r.rowsRead(), r.created(), r.updated(), r.unchanged(), r.refused());
        return counts + (r.problemsTruncated()
                ? " " + m.get("cli.import.moreProblems", r.problemCount() - r.problems().size()) : "");
    }

    private String result(ImportReport r, boolean cancelled) {
        if (cancelled) {
            return m.get("ui.import.cancelled");
        }
        if (r == null) {
            return "";
        }
        if (!r.written()) {
            return m.get("cli.import.nothingWritten", r.refused(), r.imported());
        }
        return r.refused() > 0 ? m.get("cli.import.skipped", r.imported(), r.refused(), r.elapsedMs())
                : m.get("cli.import.done", r.imported(), r.elapsedMs()); // the counts are in the summary above
    }
}
