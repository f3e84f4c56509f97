package org.tradekit.label.ui;

import java.io.File;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.label.run.LabelLayout;
import org.tradekit.label.run.LabelPreview;
import org.tradekit.label.run.LabelRunRequest;
import org.tradekit.label.run.LabelSeries;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.print.codes.QrErrorCorrection;
import org.tradekit.trace.lot.LotRow;
import org.tradekit.trace.ui.Notice;
import org.tradekit.ui.common.Choices;
import org.tradekit.ui.common.FormGrid;
import org.tradekit.ui.task.RunningTask;

/**
 * The Labels screen: on the left the lot and the label stock, each searched as the user types;
 * in the middle the run (count, language, serials, where to start on a partly used sheet, shown
 * as a map of the sheet) and "Save as PDF…"; on the right the first page as it will print,
 * rendered from the real PDF, or the reason it cannot be printed.
 */
public final class LabelsView extends BorderPane {
    static final double MAP_WIDTH = 230;

    private final LabelsViewModel vm;
    private final LabelPrintViewModel print;
    private final Messages m;

    /** @param print printing and calibration, or null where no printing backend is wired (Save as PDF only) */
    public LabelsView(LabelsViewModel vm, LabelPrintViewModel print, Messages m, Formats f) {
        this.vm = vm;
        this.print = print;
        this.m = m;
        setId("labels-view");
        SplitPane split = new SplitPane(choices(), run(), preview());
        split.setDividerPositions(0.3, 0.6);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        setCenter(split);
    }

    private Node choices() {
        TextField lotSearch = new TextField();
        lotSearch.setId("labels-lot-search");
        lotSearch.setPromptText(m.get("label.ui.lot.prompt"));
        lotSearch.textProperty().bindBidirectional(vm.lots().queryProperty());
        ListView<LotRow> lots = new ListView<>(vm.lots().rows());
        lots.setId("labels-lots");
        lots.setCellFactory(v -> new LotCell(m));
        lots.setPlaceholder(new Label(m.get("label.ui.lot.none")));
        select(lots, vm.lots().selectedProperty());

        TextField stockSearch = new TextField();
        stockSearch.setId("labels-stock-search");
        stockSearch.setPromptText(m.get("label.ui.stock.prompt"));
        stockSearch.textProperty().bindBidirectional(vm.stockQueryProperty());
        ListView<LabelStock> stocks = new ListView<>(vm.stocks());
        stocks.setId("labels-stocks");
        stocks.setCellFactory(v -> new StockCell(m));
        Label noStock = new Label();
        noStock.textProperty().bind(Bindings.when(vm.stockLoadingProperty()).then(m.get("label.ui.stock.loading"))
                .otherwise(m.get("label.ui.stock.none")));
        stocks.setPlaceholder(noStock);
        select(stocks, vm.stockProperty());

        VBox.setVgrow(lots, Priority.ALWAYS);
        VBox.setVgrow(stocks, Priority.ALWAYS);
        VBox box = new VBox(8, heading("label.ui.lot.title"), lotSearch, lots, heading("label.ui.stock.title"), stockSearch,
                stocks);
        box.setPadding(new Insets(10));
        box.setMinWidth(260);
        return box;
    }

    /** Keeps a list's selection and a view model's choice in step both ways. */
    private static <T> void select(ListView<T> list, javafx.beans.property.ObjectProperty<T> chosen) {
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && row != chosen.get()) {
                chosen.set(row);
            }
        });
        Runnable follow = () -> {
            T now = chosen.get();
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        };
        chosen.addListener((o, a, b) -> follow.run());
        list.getItems().addListener((javafx.collections.ListChangeListener<T>) c -> follow.run());
        follow.run();
    }

    private Node run() {
        var count = Spinners.integer("labels-count", 1, LabelRunRequest.MAX_COUNT, vm.countProperty());
        var copies = Spinners.integer("labels-copies", 1, LabelSeries.MAX_COPIES, vm.copiesProperty());
        ComboBox<String> lang = Choices.combo("labels-language", List.of("vi", "en"), code -> "en".equals(code) ? m.get("label.ui.lang.en") : m.get("label.ui.lang.vi"));
        lang.valueProperty().bindBidirectional(vm.languageProperty());
        CheckBox serials = new CheckBox(m.get("label.ui.serials"));
        serials.setId("labels-serials");
        serials.setWrapText(true);
        serials.selectedProperty().bindBidirectional(vm.serialsProperty());
        var startAt = Spinners.integer("labels-start-at", 1, 1, vm.startAtProperty());
        ComboBox<LabelLayout> layout = Choices.combo("labels-layout", List.of(LabelLayout.values()), this::layoutName);
        layout.valueProperty().bindBidirectional(vm.layoutProperty());
        layout.setMaxWidth(Double.MAX_VALUE);
        serials.disableProperty().bind(vm.layoutProperty().isNotEqualTo(LabelLayout.TRACE));
        var perCarton = Spinners.integer("labels-per-carton", 1, 9999, vm.perCartonProperty());
        ComboBox<QrErrorCorrection> ecc = Choices.combo("labels-ecc", List.of(QrErrorCorrection.values()),
                level -> m.get("label.ui.ecc." + level.name()));
        ecc.valueProperty().bindBidirectional(vm.errorCorrectionProperty());
        ecc.disableProperty().bind(vm.layoutProperty().isNotEqualTo(LabelLayout.TRACE)); // only the trace label has a QR code

        FormGrid form = new FormGrid().add(m.get("label.ui.layout"), layout, null).add(m.get("label.ui.count"), count, null)
                .add(m.get("label.ui.copies"), copies, null)
                .add(m.get("label.ui.language"), lang, null).add("", serials, null).add(m.get("label.ui.ecc"), ecc, null);
        FormGrid carton = new FormGrid().add(m.get("label.ui.perCarton"), perCarton, null);
        carton.node().visibleProperty().bind(vm.layoutProperty().isEqualTo(LabelLayout.CARTON));
        carton.node().managedProperty().bind(carton.node().visibleProperty());
        Label startLabel = new Label(m.get("label.ui.startAt"));
        startLabel.getStyleClass().add(Styles.TEXT_BOLD);
        Label startHint = new Label(m.get("label.ui.startAt.hint"));
        startHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        startHint.setWrapText(true);
        SheetMap map = new SheetMap(MAP_WIDTH, n -> vm.startAtProperty().set(n));
        HBox startRow = new HBox(8, startLabel, startAt);
        startRow.setAlignment(Pos.CENTER_LEFT);
        VBox sheet = new VBox(6, startRow, startHint, map);
        sheet.setId("labels-sheet");
        sheet.managedProperty().bind(sheet.visibleProperty());
        Label roll = new Label();
        roll.setId("labels-roll");
        roll.setWrapText(true);
        roll.getStyleClass().add(Styles.TEXT_MUTED);
        roll.managedProperty().bind(roll.visibleProperty());
        Runnable redraw = () -> {
            LabelStock s = vm.stockProperty().get();
            sheet.setVisible(s != null && !s.roll());
            roll.setVisible(s != null && s.roll());
            roll.setText(s != null && s.roll() ? m.get("label.ui.roll", s.name()) : "");
            Spinners.max(startAt, s == null || s.roll() ? 1 : s.labelsPerPage(), vm.startAtProperty());
            RunChoice run = vm.choice();
            int labels = run == null ? vm.countProperty().get() : run.lines().stream().mapToInt(RunChoice.Line::count).sum();
            map.show(s, vm.startAtProperty().get(), labels * vm.copiesProperty().get());
        };
        vm.stockProperty().addListener((o, a, b) -> redraw.run());
        vm.startAtProperty().addListener((o, a, b) -> redraw.run());
        vm.countProperty().addListener((o, a, b) -> redraw.run());
        vm.copiesProperty().addListener((o, a, b) -> redraw.run());
        vm.runLots().addListener((javafx.collections.ListChangeListener<RunChoice.Line>) c -> redraw.run());
        redraw.run();

        VBox box = new VBox(12, heading("label.ui.run.title"), form.node(), RunLotsList.of(vm, m), carton.node(),
                new LabelContentPane(vm, m), sheet, roll);
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(300);
        return scroll;
    }

    private Node saveBox() {
        Button save = new Button(m.get("label.ui.save"), new FontIcon(Feather.DOWNLOAD));
        save.setId("labels-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.lots().selectedProperty().isNull().or(vm.stockProperty().isNull())
                .or(vm.savingProperty().isNotNull()));
        save.setOnAction(e -> chooseAndSave());
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button cancel = new Button(m.get("label.ui.cancel"), new FontIcon(Feather.X));
        cancel.setId("labels-cancel");
        cancel.visibleProperty().bind(vm.savingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelSave());
        ProgressBar bar = progress("labels-progress", vm.savingProperty());
        Label result = notice("labels-result", vm.savedProperty(), m);
        HBox buttons = new HBox(8, save, cancel);
        return new VBox(8, buttons, bar, result);
    }

    static ProgressBar progress(String id, javafx.beans.property.ObjectProperty<RunningTask> task) {
        return org.tradekit.ui.common.TaskControls.progress(id, task);
    }

    static Label notice(String id, javafx.beans.property.ObjectProperty<Notice> notice, Messages m) {
        return org.tradekit.ui.common.TaskControls.notice(id, notice, n -> m.get(n.key(), n.args().toArray()), Notice::problem);
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("label.ui.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("label.ui.save.pdf"), "*.pdf", "*.PDF"));
        LotRow lot = vm.lots().selectedProperty().get();
        chooser.setInitialFileName((lot == null ? "labels" : lot.code()) + ".pdf");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            vm.save(file.toPath());
        }
    }

    private Node preview() {
        ImageView image = new ImageView();
        image.setId("labels-preview-image");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setEffect(new javafx.scene.effect.DropShadow(8, javafx.scene.paint.Color.rgb(0, 0, 0, 0.25)));
        Label problem = new Label();
        problem.setId("labels-preview-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.setMaxWidth(360);
        Label hint = new Label(m.get("label.ui.preview.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMaxWidth(360);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(36, 36);
        busy.visibleProperty().bind(vm.previewingProperty());
        StackPane.setAlignment(busy, Pos.TOP_RIGHT);
        StackPane area = new StackPane(image, problem, hint, busy);
        area.getStyleClass().add("labels-preview");
        area.setPadding(new Insets(12));
        area.setMinSize(0, 0);
        image.fitWidthProperty().bind(area.widthProperty().subtract(24));
        image.fitHeightProperty().bind(area.heightProperty().subtract(24));
        Label caption = new Label();
        caption.setId("labels-preview-caption");
        caption.getStyleClass().add(Styles.TEXT_SMALL);
        Label warnings = new Label();
        warnings.setId("labels-warnings");
        warnings.setWrapText(true);
        warnings.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        warnings.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        warnings.managedProperty().bind(warnings.visibleProperty());
        Runnable show = () -> {
            LabelPreview.Page page = vm.previewProperty().get();
            Notice n = vm.previewProblemProperty().get();
            image.setImage(page == null ? null : SwingFXUtils.toFXImage(page.image(), null));
            problem.setText(text(n));
            problem.setVisible(n != null);
            hint.setVisible(vm.lots().selectedProperty().get() == null || vm.stockProperty().get() == null);
            caption.setText(page == null ? "" : m.get("label.ui.preview.caption", page.labels(), page.pagesInRun()));
            warnings.setVisible(page != null && !page.warnings().isEmpty());
            warnings.setText(page == null ? "" : String.join("\n", page.warnings().stream()
                    .map(w -> "⚠ " + w.message(m)).toList()));
        };
        vm.previewProperty().addListener((o, a, b) -> show.run());
        vm.previewProblemProperty().addListener((o, a, b) -> show.run());
        vm.lots().selectedProperty().addListener((o, a, b) -> show.run());
        vm.stockProperty().addListener((o, a, b) -> show.run());
        show.run();
        VBox.setVgrow(area, Priority.ALWAYS);
        VBox box = new VBox(8, heading("label.ui.preview.title"), area, caption, warnings, saveBox());
        if (print != null) { // the wizard shows over the preview while it is open
            LabelPrintPane printing = new LabelPrintPane(print, vm, m);
            area.getChildren().add(printing.wizard());
            box.getChildren().add(printing);
        }
        box.setPadding(new Insets(10));
        return box;
    }

    private String text(Notice n) {
        return n == null ? "" : m.get(n.key(), n.args().toArray());
    }


    private String layoutName(LabelLayout l) {
        return switch (l) {
            case TRACE -> m.get("label.ui.layout.trace");
            case PRICE -> m.get("label.ui.layout.price");
            case RETAIL -> m.get("label.ui.layout.retail");
            case CARTON -> m.get("label.ui.layout.carton");
        };
    }

    private Label heading(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    /** A lot: its code, then its product in the screen's language and what is left. */
    private static final class LotCell extends ListCell<LotRow> {
        private final Messages m;

        LotCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(LotRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            Label code = new Label(r.code());
            code.getStyleClass().add(Styles.TEXT_BOLD);
            boolean en = "en".equals(m.locale().getLanguage());
            String name = en && r.productNameEn() != null ? r.productNameEn() : r.productNameVi();
            Label line = new Label(name == null ? "" : name + (r.sku() == null ? "" : " · " + r.sku()));
            line.getStyleClass().add(Styles.TEXT_SMALL);
            setGraphic(new VBox(1, code, line));
        }
    }

    /** A stock: "Avery L7160", then "Mailing labels · 63.5 × 38.1 mm · 21 a sheet (3 × 7)", wrapped to the list's width. */
    private static final class StockCell extends ListCell<LabelStock> {
        private final Messages m;

        StockCell(Messages m) {
            this.m = m;
            setPrefWidth(0); // wrap to the list instead of scrolling sideways
        }

        @Override
        protected void updateItem(LabelStock s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(s.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label details = new Label(StockText.details(s, m));
            details.getStyleClass().add(Styles.TEXT_SMALL);
            details.setWrapText(true);
            details.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (getListView() != null) {
                details.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            }
            setGraphic(new VBox(1, name, details));
        }
    }
}
