package org.tradekit.brochure.ui;

import java.io.File;

import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.brochure.BrochureResult;
import org.tradekit.brochure.BrochureWarning;
import org.tradekit.brochure.FairPack;
import org.tradekit.i18n.Messages;

/**
 * The brochure's real pages, rendered from the generated PDF one at a time, with page navigation,
 * the engine's warnings, Save as PDF and Print (guarded when the machine has no printer).
 */
final class BrochurePreviewPane extends VBox {
    private final BrochuresViewModel vm;
    private final Messages m;

    BrochurePreviewPane(BrochuresViewModel vm, Messages m) {
        super(8);
        this.vm = vm;
        this.m = m;
        setPadding(new Insets(10));
        ImageView image = new ImageView();
        image.setId("brochure-preview-image");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setEffect(new javafx.scene.effect.DropShadow(8, javafx.scene.paint.Color.rgb(0, 0, 0, 0.25)));
        image.imageProperty().bind(Bindings.createObjectBinding(() -> vm.pageImageProperty().get() == null ? null
                : SwingFXUtils.toFXImage(vm.pageImageProperty().get(), null), vm.pageImageProperty()));
        Label hint = new Label(m.get("brochure.ui.preview.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.visibleProperty().bind(vm.previewProperty().isNull());
        StackPane area = new StackPane(image, hint);
        area.setMinSize(0, 0);
        area.setPadding(new Insets(12));
        image.fitWidthProperty().bind(area.widthProperty().subtract(24));
        image.fitHeightProperty().bind(area.heightProperty().subtract(24));
        VBox.setVgrow(area, Priority.ALWAYS);
        Label heading = new Label(m.get("brochure.ui.preview.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        getChildren().addAll(heading, area, pages(), warnings(), actions());
    }

    private HBox pages() {
        Button previous = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
        previous.setId("brochure-previous-page");
        previous.setOnAction(e -> vm.previousPage());
        previous.disableProperty().bind(vm.previewProperty().isNull().or(vm.pageProperty().lessThanOrEqualTo(0)));
        Button next = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("brochure-next-page");
        next.setOnAction(e -> vm.nextPage());
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.previewProperty().get() == null
                || vm.pageProperty().get() >= vm.previewProperty().get().pages() - 1, vm.previewProperty(), vm.pageProperty()));
        Label page = new Label();
        page.setId("brochure-page");
        page.textProperty().bind(Bindings.createStringBinding(() -> {
            BrochureResult r = vm.previewProperty().get();
            return r == null ? "" : m.get("brochure.ui.page", vm.pageProperty().get() + 1, r.pages());
        }, vm.previewProperty(), vm.pageProperty()));
        HBox box = new HBox(8, previous, page, next);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private ListView<BrochureWarning> warnings() {
        ListView<BrochureWarning> list = new ListView<>(vm.warnings());
        list.setId("brochure-warnings");
        list.setPrefHeight(90);
        list.setCellFactory(v -> new TextCell<>(w -> "⚠ " + m.get(w.key(), w.args())));
        list.visibleProperty().bind(Bindings.isNotEmpty(vm.warnings()));
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }

    private HBox actions() {
        Button save = new Button(m.get("brochure.ui.save"), new FontIcon(Feather.DOWNLOAD));
        save.setId("brochure-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.previewProperty().isNull().or(vm.workingProperty().isNotNull()));
        save.setOnAction(e -> chooseAndSave());
        ComboBox<String> printer = new ComboBox<>(vm.printers());
        printer.setId("brochure-printer");
        printer.valueProperty().bindBidirectional(vm.printerProperty());
        printer.setPromptText(m.get("brochure.ui.noPrinter"));
        printer.disableProperty().bind(Bindings.isEmpty(vm.printers()));
        Button print = new Button(m.get("brochure.ui.print"), new FontIcon(Feather.PRINTER));
        print.setId("brochure-print");
        print.disableProperty().bind(vm.previewProperty().isNull().or(vm.printerProperty().isNull())
                .or(vm.workingProperty().isNotNull()));
        print.setOnAction(e -> vm.print());
        HBox box = new HBox(8, save, printer, print);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("brochure.ui.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("brochure.ui.save.pdf"), "*.pdf", "*.PDF"));
        chooser.setInitialFileName(FairPack.fileName(vm.request()));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            vm.save(file.toPath());
        }
    }
}
