package org.tradekit.trace.ui;

import java.io.File;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.trace.lineage.Delivery;
import org.tradekit.trace.lineage.LotNode;
import org.tradekit.trace.recall.Recall;
import org.tradekit.trace.recall.Recipient;

/** A recall: who received anything made from the lot, every delivery, what is left in stock; CSV and PDF. */
final class RecallPane extends VBox {
    RecallPane(LineageViewModel vm, TraceTexts t) {
        super(8);
        setId("trace-recall-page");
        Label summary = new Label();
        summary.setId("recall-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_BOLD);

        TableView<Recipient> recipients = new TableView<>();
        recipients.setId("recall-recipients");
        recipients.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        recipients.setPlaceholder(new Label(t.get("trace.ui.recall.noRecipients")));
        recipients.getColumns().setAll(java.util.List.of(
                column(t.get("trace.recall.csv.recipientType"), (Recipient r) -> r.type() == null ? "" : t.get("trace.party." + r.type()), 110),
                column(t.get("trace.recall.csv.recipient"), Recipient::name, 200),
                column(t.get("trace.ui.recall.quantity"), (Recipient r) -> String.join(", ", r.quantities().entrySet().stream()
                        .map(e -> t.quantity(e.getValue(), e.getKey())).toList()), 140),
                column(t.get("trace.ui.recall.when"), (Recipient r) -> t.get("trace.ui.recall.deliveriesCount", r.deliveries(),
                        t.formats().date(r.first().toLocalDate()), t.formats().date(r.last().toLocalDate())), 220)));
        recipients.setMinHeight(110);

        TableView<Delivery> deliveries = new TableView<>();
        deliveries.setId("recall-deliveries");
        deliveries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        deliveries.setPlaceholder(new Label(t.get("trace.ui.recall.noRecipients")));
        deliveries.getColumns().setAll(java.util.List.of(
                column(t.get("trace.recall.csv.date"), (Delivery d) -> t.formats().date(d.time().toLocalDate()), 100),
                column(t.get("trace.recall.csv.recipient"), (Delivery d) -> d.partyName() == null ? "" : d.partyName(), 160),
                column(t.get("trace.recall.csv.lot"), Delivery::lotCode, 150),
                column(t.get("trace.recall.csv.quantity"), (Delivery d) -> t.quantity(d.quantity(), d.unit()), 100),
                column(t.get("trace.recall.csv.documents"), (Delivery d) -> String.join("; ", d.documents().stream()
                        .map(doc -> t.get("trace.document." + doc.type()) + " " + doc.number()).toList()), 160)));

        TableView<LotNode> stock = new TableView<>();
        stock.setId("recall-stock");
        stock.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        stock.setPlaceholder(new Label(t.get("trace.ui.recall.nothingInStock")));
        stock.getColumns().setAll(java.util.List.of(column(t.get("trace.recall.csv.lot"), LotNode::code, 150),
                column(t.get("trace.recall.csv.product"), (LotNode n) -> t.name(n.productNameVi(), n.productNameEn()), 220),
                column(t.get("trace.ui.recall.left"), (LotNode n) -> t.quantity(n.stock(), n.unit()), 120)));
        stock.setMinHeight(100);

        Button csv = new Button(t.get("trace.ui.recall.csv"), new FontIcon(Feather.FILE_TEXT));
        csv.setId("recall-csv");
        csv.setOnAction(e -> choose(t, "csv").ifPresent(p -> vm.exportCsv(p, t.messages())));
        Button pdf = new Button(t.get("trace.ui.recall.pdf"), new FontIcon(Feather.PRINTER));
        pdf.setId("recall-pdf");
        pdf.setOnAction(e -> choose(t, "pdf").ifPresent(p -> vm.exportPdf(p, t.messages())));
        csv.setMinWidth(Button.USE_PREF_SIZE);
        pdf.setMinWidth(Button.USE_PREF_SIZE);
        csv.disableProperty().bind(vm.recallProperty().isNull());
        pdf.disableProperty().bind(vm.recallProperty().isNull());
        Label notice = new Label();
        notice.setId("recall-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.createStringBinding(() -> TraceView.text(vm.noticeProperty().get(), t),
                vm.noticeProperty()));
        HBox buttons = new HBox(8, csv, pdf, notice);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Runnable show = () -> {
            Recall r = vm.recallProperty().get();
            summary.setText(r == null ? t.get("trace.ui.recall.running")
                    : t.get("trace.ui.recall.summary", r.lot().code(), r.lotsReached(), r.recipients().size(),
                            r.deliveries().size()));
            recipients.setItems(FXCollections.observableArrayList(r == null ? java.util.List.of() : r.recipients()));
            deliveries.setItems(FXCollections.observableArrayList(r == null ? java.util.List.of() : r.deliveries()));
            stock.setItems(FXCollections.observableArrayList(r == null ? java.util.List.of() : r.inStock()));
        };
        vm.recallProperty().addListener((o, a, b) -> show.run());
        show.run();
        deliveries.setMinHeight(140);
        for (javafx.scene.Node n : java.util.List.of(recipients, deliveries, stock)) {
            VBox.setVgrow(n, Priority.ALWAYS); // the three share the height
        }
        getChildren().addAll(summary, buttons, title(t.get("trace.ui.recall.recipients")), recipients,
                title(t.get("trace.ui.recall.deliveries")), deliveries, title(t.get("trace.ui.recall.inStock")), stock);
    }

    private static Label title(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private java.util.Optional<Path> choose(TraceTexts t, String ext) {
        FileChooser fc = new FileChooser();
        fc.setTitle(t.get("trace.ui.recall." + ext));
        fc.setInitialFileName("recall." + ext);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
        File f = fc.showSaveDialog(getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }
}
