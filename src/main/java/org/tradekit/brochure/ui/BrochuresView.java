package org.tradekit.brochure.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.brochure.BrochureType;
import org.tradekit.brochure.DocumentLanguage;
import org.tradekit.brochure.GridLayout;
import org.tradekit.brochure.Paper;
import org.tradekit.brochure.Theme;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.lead.Fair;
import org.tradekit.trace.ui.Notice;
import org.tradekit.ui.common.Choices;
import org.tradekit.ui.common.FormGrid;
import org.tradekit.ui.common.TaskControls;

/**
 * The Brochures screen: on the left the wizard's steps on one page (1 document, 2 products,
 * 3 layout and look, 4 fair and prices) and the fair pack, scrolling, with Generate, the question
 * about missing translations, progress and cancel pinned under them; on the right the real pages
 * of the brochure, its warnings, Save as PDF and Print.
 */
public final class BrochuresView extends BorderPane {
    private final BrochuresViewModel vm;
    private final Messages m;
    private final Formats f;
    private final BrochureTexts texts;

    public BrochuresView(BrochuresViewModel vm, FairPackViewModel pack, Messages m, Formats f) {
        this.vm = vm;
        this.m = m;
        this.f = f;
        this.texts = new BrochureTexts(m);
        setId("brochures-view");
        VBox steps = new VBox(14, document(), products(), look(), prices(), new Separator(), new FairPackPane(pack, vm, m, f));
        steps.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(steps);
        scroll.setFitToWidth(true);
        Node go = generate(); // always in sight, under the steps however far they are scrolled
        BorderPane.setMargin(go, new Insets(8, 10, 10, 10));
        BorderPane wizard = new BorderPane(scroll, null, null, go, null);
        wizard.setMinWidth(360);
        SplitPane split = new SplitPane(wizard, new BrochurePreviewPane(vm, m));
        split.setDividerPositions(0.42);
        SplitPane.setResizableWithParent(wizard, false);
        setCenter(split);
    }

    private Node document() {
        ComboBox<BrochureType> type = Choices.combo("brochure-type", List.of(BrochureType.values()),
                texts::type);
        type.valueProperty().bindBidirectional(vm.typeProperty());
        ComboBox<DocumentLanguage> language = Choices.combo("brochure-language", List.of(DocumentLanguage.values()),
                texts::language);
        language.valueProperty().bindBidirectional(vm.languageProperty());
        Label hint = small(m.get("brochure.ui.language.hint"));
        FormGrid form = new FormGrid().add(m.get("brochure.ui.type"), type, null).add(m.get("brochure.ui.language"), language,
                hint);
        return step("brochure.ui.step.document", form.node());
    }

    private Node products() {
        CheckBox all = new CheckBox(m.get("brochure.ui.products.all"));
        all.setId("brochure-all");
        all.selectedProperty().bindBidirectional(vm.allProductsProperty());
        TextField search = new TextField();
        search.setId("brochure-product-search");
        search.setPromptText(m.get("brochure.ui.products.search"));
        search.textProperty().bindBidirectional(vm.productQueryProperty());
        FilteredList<ProductChoice> shown = new FilteredList<>(vm.products());
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String q = vm.productQueryProperty().get();
            return p -> p.matches(q);
        }, vm.productQueryProperty()));
        ListView<ProductChoice> list = new ListView<>(shown);
        list.setId("brochure-products");
        list.setPrefHeight(200);
        list.setPlaceholder(new Label(m.get("brochure.ui.products.none")));
        list.setCellFactory(CheckBoxListCell.forListView(ProductChoice::chosenProperty,
                Choices.converter(p -> p.sku() + " – " + name(p))));
        Button selectAll = new Button(m.get("brochure.ui.products.selectAll"));
        selectAll.setId("brochure-select-all");
        selectAll.setOnAction(e -> vm.chooseShown(true));
        Button selectNone = new Button(m.get("brochure.ui.products.selectNone"));
        selectNone.setId("brochure-select-none");
        selectNone.setOnAction(e -> vm.chooseShown(false));
        Label count = small("");
        count.setId("brochure-chosen-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> m.get("brochure.ui.products.chosen",
                vm.chosenSkus().size(), vm.products().size()), vm.products()));
        VBox pick = new VBox(6, search, list, new HBox(8, selectAll, selectNone, count));
        pick.disableProperty().bind(vm.allProductsProperty());
        return step("brochure.ui.step.products", new VBox(6, all, pick));
    }

    private String name(ProductChoice p) {
        boolean english = "en".equals(m.locale().getLanguage()); // the name in the screen's language where there is one
        return english && !p.nameEn().isEmpty() || p.nameVi().isEmpty() ? p.nameEn() : p.nameVi();
    }

    private Node look() {
        ComboBox<GridLayout> layout = Choices.combo("brochure-layout", List.of(GridLayout.values()),
                texts::layout);
        layout.valueProperty().bindBidirectional(vm.layoutProperty());
        ComboBox<Paper> paper = Choices.combo("brochure-paper", List.of(Paper.values()), Paper::name);
        paper.valueProperty().bindBidirectional(vm.paperProperty());
        ComboBox<Theme> theme = Choices.combo("brochure-theme", List.of(Theme.all()), texts::theme);
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        javafx.scene.control.Label brand = new javafx.scene.control.Label(); // why every theme shows the same colour
        brand.setId("brochure-brand-colour");
        brand.setWrapText(true);
        brand.getStyleClass().add(Styles.TEXT_MUTED);
        javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(14, 14);
        brand.setGraphic(swatch);
        Runnable showBrand = () -> {
            String hex = vm.brandColourProperty().get();
            brand.setVisible(hex != null);
            brand.setManaged(hex != null);
            if (hex != null) {
                brand.setText(m.get("brochure.ui.brandColour", hex));
                swatch.setFill(javafx.scene.paint.Color.web(hex));
            }
        };
        vm.brandColourProperty().addListener(o -> showBrand.run());
        showBrand.run();
        FormGrid form = new FormGrid();
        form.add(m.get("brochure.ui.layout"), onlyFor(layout, vm.typeProperty().isEqualTo(BrochureType.CATALOGUE)), null)
                .add(m.get("brochure.ui.paper"), paper, null).add(m.get("brochure.ui.theme"), new javafx.scene.layout.VBox(4, theme, brand), null);
        return step("brochure.ui.step.look", form.node());
    }

    private Node prices() {
        ComboBox<Fair> fair = Choices.combo("brochure-fair", List.of(), x -> x == null ? m.get("brochure.ui.fair.none")
                : x.name() + (x.starts() == null ? "" : " · " + f.date(x.starts())));
        fair.setItems(vm.fairs());
        fair.valueProperty().bindBidirectional(vm.fairProperty());
        Button noFair = new Button(null, new FontIcon(Feather.X));
        noFair.setId("brochure-fair-clear");
        noFair.getStyleClass().add(Styles.BUTTON_ICON);
        noFair.setOnAction(e -> vm.fairProperty().set(null));
        fair.setPromptText(m.get("brochure.ui.fair.none"));
        ComboBox<String> currency = Choices.combo("brochure-currency", List.of("VND", "USD"), c -> c);
        currency.valueProperty().bindBidirectional(vm.currencyProperty());
        DatePicker until = new DatePicker();
        until.setId("brochure-valid-until");
        until.valueProperty().bindBidirectional(vm.validUntilProperty());
        CheckBox export = new CheckBox(m.get("brochure.ui.exportPrice"));
        export.setId("brochure-export-price");
        export.selectedProperty().bindBidirectional(vm.exportPriceProperty());
        ObservableBooleanValue catalogue = vm.typeProperty().isEqualTo(BrochureType.CATALOGUE);
        ObservableBooleanValue priceList = vm.typeProperty().isEqualTo(BrochureType.PRICELIST);
        FormGrid form = new FormGrid();
        form.add(m.get("brochure.ui.fair"), onlyFor(new HBox(4, fair, noFair), catalogue), null)
                .add(m.get("brochure.ui.currency"), currency, null)
                .add(m.get("brochure.ui.validUntil"), onlyFor(until, priceList), null)
                .span(onlyFor(export, vm.typeProperty().isNotEqualTo(BrochureType.PRICELIST)));
        return step("brochure.ui.step.prices", form.node());
    }

    /** A control usable only where its option applies (a grid only in a catalogue); greyed out elsewhere. */
    private static Node onlyFor(Node control, ObservableBooleanValue applies) {
        control.disableProperty().bind(Bindings.not(applies));
        return control;
    }

    private Node generate() {
        Button generate = new Button(m.get("brochure.ui.generate"), new FontIcon(Feather.PLAY));
        generate.setId("brochure-generate");
        generate.getStyleClass().add(Styles.ACCENT);
        generate.disableProperty().bind(vm.workingProperty().isNotNull());
        generate.setOnAction(e -> vm.generate());
        Button cancel = new Button(m.get("brochure.ui.cancel"), new FontIcon(Feather.X));
        cancel.setId("brochure-cancel");
        cancel.visibleProperty().bind(vm.workingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        return new VBox(8, new HBox(8, generate, cancel), missing(), TaskControls.progress("brochure-progress",
                vm.workingProperty()), BrochuresView.notice("brochure-notice", vm.noticeProperty(), m));
    }

    /** The products without text in the document's language, and the choice to go on or go back. */
    private Node missing() {
        Label says = new Label();
        says.setId("brochure-missing-text");
        says.setWrapText(true);
        says.getStyleClass().add(Styles.WARNING);
        says.textProperty().bind(Bindings.createStringBinding(() -> {
            DocumentLanguage l = vm.languageProperty().get();
            DocumentLanguage fallback = l == DocumentLanguage.EN ? DocumentLanguage.VI : DocumentLanguage.EN;
            return m.get("brochure.ui.missing", vm.missing().size(), texts.languageInText(l), texts.languageInText(fallback));
        }, vm.missing(), vm.languageProperty()));
        ListView<Product> list = new ListView<>(vm.missing());
        list.setId("brochure-missing-list");
        list.setPrefHeight(110);
        list.setCellFactory(v -> new TextCell<>(p -> p.sku() + " – " + p.text(ProductField.NAME_VI)));
        Button goOn = new Button(m.get("brochure.ui.goOn"), new FontIcon(Feather.CHECK));
        goOn.setId("brochure-go-on");
        goOn.getStyleClass().add(Styles.ACCENT);
        goOn.disableProperty().bind(vm.workingProperty().isNotNull());
        goOn.setOnAction(e -> vm.goOn());
        Button back = new Button(m.get("brochure.ui.goBack"));
        back.setId("brochure-go-back");
        back.setOnAction(e -> vm.goBack());
        VBox box = new VBox(6, says, list, new HBox(8, goOn, back));
        box.setId("brochure-missing");
        box.visibleProperty().bind(vm.stageProperty().isEqualTo(BrochuresViewModel.Stage.CONFIRM_MISSING));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A line saying how the last task went. */
    static Label notice(String id, javafx.beans.property.ObjectProperty<Notice> notice, Messages m) {
        return TaskControls.notice(id, notice, n -> m.get(n.key(), n.args().toArray()), Notice::problem);
    }

    private Node step(String key, Node body) {
        Label heading = new Label(m.get(key));
        heading.getStyleClass().addAll(Styles.TITLE_4);
        return new VBox(6, heading, body);
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }
}
