package org.tradekit.trace.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.lot.LotRow;

/**
 * The Traceability screen: on the left the field for a scanned or pasted link and the lots list;
 * on the right the chosen lot (product, dates, stock left, status) with its lineage and timeline,
 * its recall, the event form, or members and places.
 */
public final class TraceView extends BorderPane {
    public TraceView(TraceViewModel vm, Messages m, Formats f) {
        setId("trace-view");
        TraceTexts t = new TraceTexts(m, f);
        SplitPane split = new SplitPane(lotsPane(vm.lots(), t), right(vm, t));
        split.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        setCenter(split);
    }

    private static Node lotsPane(LotsViewModel vm, TraceTexts t) {
        TextField scan = new TextField();
        scan.setId("trace-scan");
        scan.setPromptText(t.get("trace.ui.scan.prompt"));
        scan.textProperty().bindBidirectional(vm.scanProperty());
        scan.setOnAction(e -> vm.openScanned()); // a keyboard-wedge scanner ends with Enter
        Label scanProblem = new Label();
        scanProblem.setId("trace-scan-problem");
        scanProblem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        scanProblem.setWrapText(true);
        scanProblem.managedProperty().bind(scanProblem.visibleProperty());
        scanProblem.visibleProperty().bind(vm.scanProblemProperty().isNotNull());
        scanProblem.textProperty().bind(Bindings.createStringBinding(() -> text(vm.scanProblemProperty().get(), t),
                vm.scanProblemProperty()));
        Button open = new Button(null, new FontIcon(Feather.CORNER_DOWN_LEFT));
        open.setId("trace-scan-open");
        open.getStyleClass().add(Styles.BUTTON_ICON);
        open.setOnAction(e -> vm.openScanned());
        HBox.setHgrow(scan, Priority.ALWAYS);
        HBox scanRow = new HBox(6, scan, open);

        TextField search = new TextField();
        search.setId("trace-search");
        search.setPromptText(t.get("trace.ui.search.prompt"));
        search.textProperty().bindBidirectional(vm.queryProperty());

        ListView<LotRow> list = new ListView<>(vm.rows());
        list.setId("trace-lots");
        list.setCellFactory(v -> new LotCell(t));
        list.setPlaceholder(new Label(t.get("trace.ui.lots.none")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && row != vm.selectedProperty().get()) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((o, a, row) -> {
            if (row != null && list.getSelectionModel().getSelectedItem() != row) {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, label(t.get("trace.ui.scan.label")), scanRow, scanProblem, label(t.get("trace.ui.lots.title")),
                search, list);
        box.setPadding(new Insets(10));
        box.setMinWidth(280);
        return box;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    /** A combo box of fixed choices; an empty choice shows as nothing. */
    static <T> javafx.scene.control.ComboBox<T> combo(String id, java.util.List<T> values,
            java.util.function.Function<T, String> label) {
        return org.tradekit.ui.common.Choices.combo(id, values, v -> v == null ? "" : label.apply(v));
    }

    /** A text field with an id for tests, bound both ways to a view model's property. */
    static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    static String text(Notice n, TraceTexts t) {
        return n == null ? "" : t.get(n.key(), n.args().stream() // a kind of event reads in the user's language
                .map(a -> a instanceof EventKind k ? t.get(k.labelKey()) : a).toArray());
    }

    private static Node right(TraceViewModel vm, TraceTexts t) {
        MenuButton record = new MenuButton(t.get("trace.ui.record"), new FontIcon(Feather.PLUS));
        record.setId("trace-record");
        record.getStyleClass().add(Styles.ACCENT);
        for (EventKind k : EventFormViewModel.KINDS) {
            MenuItem item = new MenuItem(t.get("trace.ui.record." + k.code()));
            item.setId("trace-record-" + k.code());
            item.setOnAction(e -> vm.record(k));
            record.getItems().add(item);
        }
        Button people = new Button(t.get("trace.ui.people"), new FontIcon(Feather.USERS));
        people.setId("trace-people");
        people.setOnAction(e -> vm.showPeople());
        Button lineage = new Button(t.get("trace.ui.lineage"), new FontIcon(Feather.GIT_BRANCH));
        lineage.setId("trace-show-lineage");
        lineage.setOnAction(e -> vm.showLineage());
        Button recall = new Button(t.get("trace.ui.recall"), new FontIcon(Feather.ALERT_OCTAGON));
        recall.setId("trace-recall");
        recall.setOnAction(e -> vm.recall());
        lineage.disableProperty().bind(vm.lots().selectedProperty().isNull());
        recall.disableProperty().bind(vm.lots().selectedProperty().isNull());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, lineage, recall, grow, people, record);
        bar.setAlignment(Pos.CENTER_LEFT);

        VBox header = new VBox(4);
        header.setId("trace-lot-header");
        Runnable showLot = () -> header.getChildren().setAll(lotHeader(vm.lots().selectedProperty().get(), t));
        vm.lots().selectedProperty().addListener((o, a, b) -> showLot.run());
        showLot.run();

        LineagePane lineagePane = new LineagePane(vm, t);
        RecallPane recallPane = new RecallPane(vm.lineage(), t);
        EventFormPane formPane = new EventFormPane(vm.form(), t);
        PeoplePane peoplePane = new PeoplePane(vm.people(), t);
        StackPane pages = new StackPane();
        Runnable showPage = () -> pages.getChildren().setAll(switch (vm.pageProperty().get()) {
            case LINEAGE -> lineagePane;
            case RECALL -> recallPane;
            case RECORD -> formPane;
            case PEOPLE -> peoplePane;
        });
        vm.pageProperty().addListener((o, a, b) -> showPage.run());
        showPage.run();
        VBox.setVgrow(pages, Priority.ALWAYS);
        VBox box = new VBox(10, bar, header, pages);
        box.setPadding(new Insets(10));
        return box;
    }

    private static Node lotHeader(LotRow lot, TraceTexts t) {
        if (lot == null) {
            Label none = new Label(t.get("trace.ui.lot.noneChosen"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return none;
        }
        Label code = new Label(lot.code());
        code.setId("trace-lot-code");
        code.getStyleClass().add(Styles.TITLE_3);
        Label product = new Label(t.product(lot) + (lot.sku() == null ? "" : " · " + lot.sku()));
        Label stock = new Label(t.stock(lot));
        stock.setId("trace-lot-stock");
        stock.getStyleClass().add(Styles.TEXT_BOLD);
        Label status = new Label(t.get(lot.status().labelKey()));
        status.getStyleClass().add(lot.status() == org.tradekit.trace.lot.LotStatus.ACTIVE ? Styles.SUCCESS : Styles.WARNING);
        StringBuilder dates = new StringBuilder(t.get("trace.ui.lot.produced", t.formats().date(lot.productionDate())));
        if (lot.bestBefore() != null) {
            dates.append(" · ").append(t.get("trace.ui.lot.bestBefore", t.formats().date(lot.bestBefore())));
        }
        if (lot.expiryDate() != null) {
            dates.append(" · ").append(t.get("trace.ui.lot.expiry", t.formats().date(lot.expiryDate())));
        }
        Label when = new Label(dates.toString());
        when.getStyleClass().add(Styles.TEXT_MUTED);
        HBox first = new HBox(12, code, status, stock);
        first.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(2, first, product, when);
    }

    /** A lot in the list: code and status, product and stock left. */
    private static final class LotCell extends ListCell<LotRow> {
        private final TraceTexts t;

        LotCell(TraceTexts t) {
            this.t = t;
        }

        @Override
        protected void updateItem(LotRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label code = new Label(r.code());
            code.getStyleClass().add(Styles.TEXT_BOLD);
            Label line = new Label(t.product(r) + " · " + t.stock(r));
            line.getStyleClass().add(Styles.TEXT_SMALL);
            setText(null);
            setGraphic(new VBox(1, code, line));
        }
    }
}
