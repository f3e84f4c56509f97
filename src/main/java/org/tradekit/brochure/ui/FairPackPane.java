package org.tradekit.brochure.ui;

import java.io.File;
import java.util.List;

import javafx.collections.SetChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.brochure.DocumentLanguage;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.lead.Fair;
import org.tradekit.ui.common.Choices;
import org.tradekit.ui.common.TaskControls;

/** The fair pack: a fair, the languages, a folder; the wizard's products, layout and prices. */
final class FairPackPane extends VBox {
    FairPackPane(FairPackViewModel vm, BrochuresViewModel wizard, Messages m, Formats f) {
        super(8);
        setId("fair-pack");
        Label heading = new Label(m.get("brochure.ui.pack.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(m.get("brochure.ui.pack.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        ComboBox<Fair> fair = Choices.combo("pack-fair", List.of(), x -> x == null ? "" : x.name()
                + (x.starts() == null ? "" : " · " + f.date(x.starts())));
        fair.setItems(wizard.fairs());
        fair.valueProperty().bindBidirectional(vm.fairProperty());
        fair.setPromptText(m.get("brochure.ui.pack.chooseFair"));
        FlowPane langs = new FlowPane(10, 6);
        BrochureTexts texts = new BrochureTexts(m);
        for (DocumentLanguage l : DocumentLanguage.values()) {
            CheckBox box = new CheckBox(texts.language(l));
            box.setId("pack-lang-" + l.code());
            box.setSelected(vm.languages().contains(l));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    vm.languages().add(l);
                } else {
                    vm.languages().remove(l);
                }
            });
            vm.languages().addListener((SetChangeListener<DocumentLanguage>) c -> box.setSelected(vm.languages().contains(l)));
            langs.getChildren().add(box);
        }
        Button make = new Button(m.get("brochure.ui.pack.make"), new FontIcon(Feather.FOLDER));
        make.setId("pack-make");
        make.disableProperty().bind(vm.workingProperty().isNotNull());
        make.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(m.get("brochure.ui.pack.folder"));
            File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (dir != null) {
                vm.make(dir.toPath());
            }
        });
        Button cancel = new Button(m.get("brochure.ui.cancel"), new FontIcon(Feather.X));
        cancel.setId("pack-cancel");
        cancel.visibleProperty().bind(vm.workingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        getChildren().addAll(heading, hint, fair, langs, new HBox(8, make, cancel),
                TaskControls.progress("pack-progress", vm.workingProperty()),
                BrochuresView.notice("pack-notice", vm.noticeProperty(), m));
    }
}
