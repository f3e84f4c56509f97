package org.tradekit.catalog.ui;

import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductStatus;
import org.tradekit.catalog.ProductValidator;
import org.tradekit.i18n.Messages;
import org.tradekit.ui.common.Choices;
import org.tradekit.ui.common.FormGrid;
import org.tradekit.ui.common.ProblemLabel;

import static org.tradekit.catalog.ProductField.*;

/** The product form, grouped in tabs; it only builds controls and binds them to the {@link ProductEditorViewModel}. */
final class ProductEditorView extends VBox {
    private static final List<ProductField> GENERAL = List.of(SKU, NAME_VI, NAME_EN, DESCRIPTION_VI, DESCRIPTION_EN,
            CATEGORY, PROVINCE, COMMUNE);
    private static final List<ProductField> OCOP = List.of(OCOP_STARS, OCOP_CERTIFICATE_NO, OCOP_LEVEL,
            OCOP_DECISION_DATE, OCOP_EXPIRY_DATE);
    private static final List<ProductField> TRADE = List.of(GTIN, HS_CODE, NET_QUANTITY, UNIT, PACKAGING,
            SHELF_LIFE_DAYS, PRICE_VND, WHOLESALE_PRICE_VND, EXPORT_PRICE_USD, MOQ);
    private static final List<ProductField> LABELLING = List.of(STORAGE_VI, STORAGE_EN, INGREDIENTS_VI, INGREDIENTS_EN,
            ALLERGENS_VI, ALLERGENS_EN);
    private static final List<ProductField> MULTI_LINE = List.of(DESCRIPTION_VI, DESCRIPTION_EN, STORAGE_VI, STORAGE_EN,
            INGREDIENTS_VI, INGREDIENTS_EN, ALLERGENS_VI, ALLERGENS_EN);

    private final ProductEditorViewModel vm;
    private final Messages m;
    private final CatalogTexts texts;
    private final ObservableList<String> usedCategories;
    private final PhotoThumbnails thumbnails;

    /** @param usedCategories the categories the catalog has, offered beside the known ones */
    ProductEditorView(ProductEditorViewModel vm, CatalogTexts texts, ObservableList<String> usedCategories,
            PhotoThumbnails thumbnails) {
        super(8);
        this.vm = vm;
        this.m = texts.messages();
        this.texts = texts;
        this.usedCategories = usedCategories;
        this.thumbnails = thumbnails;
        setId("product-editor");
        setPadding(new Insets(10));
        setMinWidth(380);

        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("editor-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> heading(vm.productProperty().get()),
                vm.productProperty()));
        Label archived = new Label(m.get("ui.catalog.status.archived"));
        archived.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        archived.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.productProperty().get() != null
                && vm.productProperty().get().status() == ProductStatus.ARCHIVED, vm.productProperty()));
        archived.managedProperty().bind(archived.visibleProperty());

        Button save = new Button(m.get("ui.editor.save"), new FontIcon(Feather.SAVE));
        save.setId("editor-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save());
        Button archive = new Button(m.get("ui.editor.archive"), new FontIcon(Feather.ARCHIVE));
        archive.setId("editor-archive");
        Button restore = new Button(m.get("ui.editor.restore"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId("editor-restore");
        var isNew = Bindings.createBooleanBinding(() -> vm.productProperty().get() == null
                || vm.productProperty().get().isNew(), vm.productProperty());
        archive.visibleProperty().bind(isNew.not().and(archived.visibleProperty().not()));
        archive.managedProperty().bind(archive.visibleProperty());
        restore.visibleProperty().bind(archived.visibleProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        archive.disableProperty().bind(vm.savingProperty());
        restore.disableProperty().bind(vm.savingProperty());
        archive.setOnAction(e -> vm.setStatus(ProductStatus.ARCHIVED));
        restore.setOnAction(e -> vm.setStatus(ProductStatus.ACTIVE));
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("editor-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new javafx.scene.control.Tooltip(m.get("ui.editor.close")));
        close.setOnAction(e -> vm.leave(vm::close));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, title, archived, grow, close);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, save, archive, restore);

        TabPane tabs = new TabPane(
                tab("ui.editor.group.general", form(GENERAL, null)),
                tab("ui.editor.group.ocop", form(OCOP, certifications())),
                tab("ui.editor.group.trade", form(TRADE, null)),
                tab("ui.editor.group.labelling", form(LABELLING, null)),
                tab("ui.editor.group.photos", photos()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.DENSE); // every tab's name shows in the editor's width, none hides in a menu
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(head, actions, unsaved(), tabs);
    }

    /** The question when the user goes elsewhere with unsaved changes: save, discard, or keep editing. */
    private Node unsaved() {
        Label text = new Label(m.get("ui.editor.unsaved"));
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_BOLD);
        Button save = new Button(m.get("ui.editor.unsaved.save"));
        save.setId("unsaved-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> vm.saveAndLeave());
        Button discard = new Button(m.get("ui.editor.unsaved.discard"));
        discard.setId("unsaved-discard");
        discard.getStyleClass().add(Styles.DANGER);
        discard.setOnAction(e -> vm.discardAndLeave());
        Button keep = new Button(m.get("ui.editor.unsaved.keep"));
        keep.setId("unsaved-keep");
        keep.setOnAction(e -> vm.keepEditing());
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 6, save, discard, keep);
        VBox bar = new VBox(8, text, buttons);
        bar.setId("editor-unsaved");
        bar.getStyleClass().add("warning-bar");
        bar.setPadding(new Insets(10));
        bar.visibleProperty().bind(vm.pendingLeaveProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private String heading(Product p) {
        if (p == null) {
            return "";
        }
        if (p.isNew()) {
            return m.get("ui.editor.newProduct");
        }
        String name = p.name(m.locale().getLanguage());
        return name == null ? p.sku() : name;
    }

    private Tab tab(String key, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab t = new Tab(m.get(key), scroll);
        t.setId("tab-" + key.substring(key.lastIndexOf('.') + 1));
        return t;
    }

    private Node form(List<ProductField> fields, Node extra) {
        FormGrid g = new FormGrid();
        for (ProductField f : fields) {
            g.add(m.get(f.labelKey()), control(f), new ProblemLabel(vm.problems(), f.column(), m));
        }
        if (extra != null) {
            g.add(m.get("ui.editor.certifications"), extra,
                    new ProblemLabel(vm.problems(), ProductEditorViewModel.CERTIFICATIONS, m));
        }
        g.node().setPadding(new Insets(10, 4, 10, 0));
        return g.node();
    }

    private Node control(ProductField f) {
        if (f == CATEGORY) {
            return CategoryField.create(vm.field(f), usedCategories, texts);
        }
        if (f == OCOP_STARS) {
            return choice(f, List.of("", "3", "4", "5"), v -> v.isEmpty() ? m.get("ui.editor.none") : "★".repeat(
                    Integer.parseInt(v)) + " (" + v + ")");
        }
        if (f == OCOP_LEVEL) {
            List<String> levels = new java.util.ArrayList<>(List.of(""));
            levels.addAll(List.of("district", "province", "national"));
            return choice(f, levels, v -> v.isEmpty() ? m.get("ui.editor.none") : m.get("ui.editor.ocopLevel." + v));
        }
        TextInputControl input;
        if (MULTI_LINE.contains(f)) {
            TextArea area = new TextArea();
            area.setPrefRowCount(2);
            area.setWrapText(true);
            input = area;
        } else {
            input = new TextField();
        }
        input.setId("field-" + f.column());
        input.textProperty().bindBidirectional(vm.field(f));
        Map<ProductField.Kind, String> prompts = Map.of(ProductField.Kind.DATE, "ui.editor.prompt.date",
                ProductField.Kind.VND, "ui.editor.prompt.vnd", ProductField.Kind.USD_CENTS, "ui.editor.prompt.usd");
        if (prompts.containsKey(f.kind())) {
            input.setPromptText(m.get(prompts.get(f.kind())));
        } else if (f == UNIT) {
            input.setPromptText(String.join(", ", new java.util.TreeSet<>(ProductValidator.UNITS)));
        } else if (f == GTIN) {
            input.setPromptText(m.get("ui.editor.prompt.gtin"));
        }
        return input;
    }

    private Node choice(ProductField f, List<String> values, java.util.function.Function<String, String> label) {
        ComboBox<String> box = Choices.combo("field-" + f.column(), values, v -> v == null ? "" : label.apply(v));
        box.valueProperty().bindBidirectional(vm.field(f));
        return box;
    }

    private Node certifications() {
        return new CertificationsEditor(vm, m);
    }

    private Node photos() {
        return new PhotoStrip(vm.photos(), m, thumbnails);
    }
}
