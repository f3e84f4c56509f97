package org.tradekit.catalog.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.catalog.ProductRow;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.ui.common.Choices;

/**
 * The catalog screen: search and filters on top, the product table, the editor beside it.
 * Builds controls and binds them to the {@link CatalogViewModel}; Ctrl+N, Ctrl+F and Ctrl+S
 * work while the screen is shown.
 */
public final class CatalogView extends BorderPane {
    static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final CatalogViewModel vm;
    private final TableView<ProductRow> table;
    private final TextField search = new TextField();
    /** Held so the weak listener lives as long as this view. */
    private final ListChangeListener<ProductRow> reselect;

    public CatalogView(CatalogViewModel vm, ImportViewModel importer, PhotoThumbnails thumbnails, Messages m,
            Formats formats) {
        this.vm = vm;
        setId("catalog-view");
        CatalogTexts texts = new CatalogTexts(m, formats);

        search.setId("catalog-search");
        search.setPromptText(m.get("ui.catalog.search.prompt"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setPrefColumnCount(24);
        HBox.setHgrow(search, Priority.ALWAYS);

        Button add = new Button(m.get("ui.catalog.new"), new FontIcon(Feather.PLUS));
        add.setId("catalog-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> newProduct());

        Label count = new Label();
        count.setId("catalog-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.truncatedProperty().get()
                ? m.get("ui.catalog.countFirst", vm.rows().size())
                : m.get("ui.catalog.count", vm.rows().size()), vm.rows(), vm.truncatedProperty()));

        Button importFile = new Button(m.get("ui.catalog.import"), new FontIcon(Feather.UPLOAD));
        importFile.setId("catalog-import");
        importFile.setOnAction(e -> importer.open());

        HBox top = new HBox(8, search, add, importFile);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane filters = new FlowPane(8, 6, filterControls(m, texts).toArray(new javafx.scene.Node[0]));
        filters.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox filterRow = new HBox(8, filters, grow, count);
        HBox.setHgrow(filters, Priority.ALWAYS);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox header = new javafx.scene.layout.VBox(8, top, filterRow);
        header.setPadding(new Insets(10));
        setTop(header);

        table = ProductTable.create(texts, vm.today());
        table.setItems(vm.rows());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && !sameAsEditor(row)) {
                vm.open(row);
            }
        });
        reselect = c -> selectEdited();
        vm.rows().addListener(new javafx.collections.WeakListChangeListener<>(reselect));

        ProductEditorView editor = new ProductEditorView(vm.editor(), texts, vm.categories(), thumbnails);
        SplitPane split = new SplitPane(table);
        split.setId("catalog-split");
        Runnable showEditor = () -> {
            boolean open = vm.editor().openProperty().get();
            if (open && !split.getItems().contains(editor)) {
                split.getItems().add(editor);
                split.setDividerPositions(0.56); // the editor's tabs and two photos a row fit beside the list
            } else if (!open) {
                split.getItems().remove(editor);
                table.getSelectionModel().clearSelection();
            }
        };
        vm.editor().openProperty().addListener((o, a, b) -> showEditor.run());
        vm.editor().pendingLeaveProperty().addListener((o, a, pending) -> {
            if (pending == null) {
                selectEdited(); // "keep editing": the list points at the product in the editor again
            }
        });
        ProductTable.browsingColumns(table, vm.editor().openProperty().not());
        showEditor.run();
        ImportView importView = new ImportView(importer, m);
        Runnable showImport = () -> setCenter(importer.openProperty().get() ? importView : split);
        importer.openProperty().addListener((o, a, b) -> showImport.run());
        showImport.run();

        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                shortcuts(old, false);
            }
            if (scene != null) {
                shortcuts(scene, true);
            }
        });
    }

    private boolean sameAsEditor(ProductRow row) {
        var p = vm.editor().productProperty().get();
        return p != null && row.id().equals(p.id());
    }

    /** After the list is replaced, the product in the editor stays selected if it is still listed. */
    private void selectEdited() {
        var p = vm.editor().productProperty().get();
        if (p == null) {
            return;
        }
        if (p.isNew()) {
            table.getSelectionModel().clearSelection(); // a new product is not in the list yet
            return;
        }
        ObservableList<ProductRow> rows = vm.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(p.id())) {
                if (table.getSelectionModel().getSelectedIndex() != i) {
                    table.getSelectionModel().clearAndSelect(i);
                }
                return;
            }
        }
    }

    private void shortcuts(Scene scene, boolean install) {
        Map<KeyCombination, Runnable> keys = Map.of(NEW, this::newProduct, FIND, this::focusSearch,
                SAVE, () -> vm.editor().save());
        keys.forEach((k, action) -> {
            if (install) {
                scene.getAccelerators().put(k, action);
            } else {
                scene.getAccelerators().remove(k);
            }
        });
    }

    private void newProduct() {
        table.getSelectionModel().clearSelection();
        vm.newProduct();
        javafx.application.Platform.runLater(() -> {
            if (lookup("#field-sku") != null) {
                lookup("#field-sku").requestFocus();
            }
        });
    }

    private void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private List<javafx.scene.Node> filterControls(Messages m, CatalogTexts t) {
        List<javafx.scene.Node> out = new ArrayList<>();
        ComboBox<String> category = nullable("filter-category", vm.categories(), m.get("ui.catalog.filter.allCategories"),
                t::category);
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        ComboBox<Integer> stars = new ComboBox<>(FXCollections.observableArrayList(null, 3, 4, 5));
        stars.setId("filter-stars");
        stars.setConverter(Choices.converter(s -> s == null ? m.get("ui.catalog.filter.anyStars") : "★".repeat(s)));
        stars.valueProperty().bindBidirectional(vm.starsProperty());
        ComboBox<String> cert = nullable("filter-certification", vm.certifications(),
                m.get("ui.catalog.filter.anyCertification"), s -> s);
        cert.valueProperty().bindBidirectional(vm.certificationProperty());
        ComboBox<StatusFilter> status = new ComboBox<>(FXCollections.observableArrayList(StatusFilter.values()));
        status.setId("filter-status");
        status.setConverter(Choices.converter(s -> s == null ? "" : m.get(s.labelKey())));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        CheckBox ocop = new CheckBox(m.get("ui.catalog.filter.ocopAttention"));
        ocop.setId("filter-ocop-attention");
        ocop.selectedProperty().bindBidirectional(vm.ocopAttentionProperty());
        out.add(new FontIcon(Feather.FILTER));
        out.addAll(List.of(category, stars, cert, status, ocop));
        return out;
    }

    /** A combo box whose first choice, null, means "any"; its items follow the source list. */
    private static ComboBox<String> nullable(String id, ObservableList<String> source, String anyLabel,
            java.util.function.Function<String, String> label) {
        ObservableList<String> items = FXCollections.observableArrayList();
        Runnable copy = () -> {
            List<String> all = new ArrayList<>();
            all.add(null);
            all.addAll(source);
            items.setAll(all);
        };
        copy.run();
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        ListChangeListener<String> l = c -> {
            String keep = box.getValue();
            copy.run();
            box.setValue(keep);
        };
        box.getProperties().put("source-listener", l); // lives as long as the box
        source.addListener(new javafx.collections.WeakListChangeListener<>(l));
        box.setConverter(Choices.converter(s -> s == null ? anyLabel : label.apply(s)));
        return box;
    }
}
