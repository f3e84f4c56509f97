package org.tradekit.catalog.ui;

import java.time.LocalDate;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;

import org.tradekit.catalog.ProductRow;

/**
 * The product list: a virtualised table with fixed row height, so 100,000 rows scroll as
 * smoothly as 100. Cells only format what the row already holds; nothing here reads the store.
 */
final class ProductTable {
    /** Columns for browsing the list, left out beside the editor (which shows them): SKU, name and category stay readable. */
    static final String BROWSING = "browsing-column";
    private ProductTable() {
    }

    static TableView<ProductRow> create(CatalogTexts t, LocalDate today) {
        var m = t.messages();
        TableView<ProductRow> table = new TableView<>();
        table.setId("catalog-table");
        table.setFixedCellSize(30);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        // all columns give way in proportion (beside the editor too), none below its minimum
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(m.get("ui.catalog.empty")));

        TableColumn<ProductRow, String> sku = text(m.get("catalog.field.sku"), ProductRow::sku);
        sku.setPrefWidth(120);
        sku.setMinWidth(105);
        TableColumn<ProductRow, ProductRow> name = new TableColumn<>(m.get("ui.catalog.column.name"));
        name.setPrefWidth(330);
        name.setMinWidth(150);
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(c -> new NameCell(t));
        TableColumn<ProductRow, String> category = text(m.get("catalog.field.category"), r -> t.category(r.category()));
        category.setPrefWidth(140);
        category.setMinWidth(80);
        TableColumn<ProductRow, ProductRow> ocop = new TableColumn<>(m.get("ui.catalog.column.ocop"));
        ocop.setPrefWidth(170);
        ocop.setMinWidth(150);
        ocop.setId(BROWSING);
        ocop.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        ocop.setCellFactory(c -> new OcopCell(t, today));
        TableColumn<ProductRow, String> price = text(m.get("ui.catalog.column.price"), r -> t.price(r.priceVnd()));
        price.setPrefWidth(120);
        price.setMinWidth(105);
        price.setId(BROWSING);
        price.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<ProductRow, String> status = text(m.get("catalog.field.status"), r -> t.status(r.status()));
        status.setPrefWidth(100);
        status.setMinWidth(90);
        status.setId(BROWSING);
        table.getColumns().addAll(java.util.List.of(sku, name, category, ocop, price, status));
        return table;
    }

    /** Shows the browsing columns only while {@code all} is true (the editor is closed). */
    static void browsingColumns(TableView<ProductRow> table, javafx.beans.value.ObservableBooleanValue all) {
        table.getColumns().stream().filter(c -> BROWSING.equals(c.getId())).forEach(c -> c.visibleProperty().bind(all));
    }

    private static TableColumn<ProductRow, String> text(String title, Function<ProductRow, String> value) {
        TableColumn<ProductRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    /** The name in the UI language; a marked fallback when it has no name in that language yet. */
    private static final class NameCell extends TableCell<ProductRow, ProductRow> {
        private final CatalogTexts t;
        private final Tooltip missing;

        NameCell(CatalogTexts t) {
            this.t = t;
            this.missing = new Tooltip(t.messages().get("ui.catalog.missingTranslation"));
        }

        @Override
        protected void updateItem(ProductRow r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().remove("missing-translation");
            if (empty || r == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            if (t.missingTranslation(r)) {
                setText("⚠ " + t.name(r));
                getStyleClass().add("missing-translation");
                setTooltip(missing);
            } else {
                setText(t.name(r));
                setTooltip(null);
            }
        }
    }

    /** The stars, and a coloured flag when the recognition has expired or expires soon. */
    private static final class OcopCell extends TableCell<ProductRow, ProductRow> {
        private final CatalogTexts t;
        private final LocalDate today;
        private final Label stars = new Label();
        private final Label flag = new Label();
        private final HBox box = new HBox(6, stars, flag);

        OcopCell(CatalogTexts t, LocalDate today) {
            this.t = t;
            this.today = today;
            box.setAlignment(Pos.CENTER_LEFT);
            stars.getStyleClass().add(Styles.WARNING);
            flag.getStyleClass().addAll(Styles.TEXT_SMALL);
        }

        @Override
        protected void updateItem(ProductRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null || r.ocopStars() == null) {
                setGraphic(null);
                return;
            }
            stars.setText(t.stars(r.ocopStars()));
            String f = t.ocopFlag(r, today);
            flag.setText(f);
            flag.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
            flag.getStyleClass().add(r.ocopState(today) == org.tradekit.catalog.Ocop.State.EXPIRED ? Styles.DANGER
                    : Styles.WARNING);
            flag.setVisible(!f.isEmpty());
            setGraphic(box);
        }
    }
}
