package org.tradekit.coop.ui;

import java.io.File;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tradekit.coop.CoopProfile;
import org.tradekit.i18n.Messages;
import org.tradekit.ui.common.FormGrid;
import org.tradekit.ui.common.ProblemLabel;

/** Builds the profile's fields (a chosen subset, for the wizard's steps) bound to a {@link CoopProfileViewModel}. */
final class CoopProfileForm {
    static final String LOGO = "logo";
    static final List<String> CONTACT = List.of("name_vi", "name_en", "address", "province", "phone", "email", "website");
    static final List<String> TRADE = List.of(LOGO, "gs1_prefix", "trace_domain", "currency");
    static final List<String> BRAND = CoopProfileViewModel.BRAND;

    private CoopProfileForm() {
    }

    static Node build(CoopProfileViewModel vm, Messages m, List<String> fields) {
        FormGrid g = new FormGrid();
        for (String f : fields) {
            g.add(m.get("coop.field." + f), control(vm, m, f), new ProblemLabel(vm.problems(), f, m));
        }
        return g.node();
    }

    private static Node control(CoopProfileViewModel vm, Messages m, String f) {
        if (LOGO.equals(f)) {
            Label chosen = new Label();
            chosen.setId("coop-logo-file");
            chosen.textProperty().bind(Bindings.createStringBinding(() -> {
                String name = vm.logoFileProperty().get();
                String sha = vm.logoSha256Property().get();
                if (name != null && !name.isEmpty()) {
                    return name;
                }
                return sha == null ? m.get("coop.logo.none") : m.get("coop.logo.stored", sha.substring(0, 12));
            }, vm.logoFileProperty(), vm.logoSha256Property()));
            Button choose = new Button(m.get("coop.logo.choose"), new FontIcon(Feather.IMAGE));
            choose.setId("coop-logo-choose");
            choose.setOnAction(e -> {
                FileChooser fc = new FileChooser();
                fc.setTitle(m.get("coop.logo.choose"));
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("coop.logo.images"),
                        "*.png", "*.jpg", "*.jpeg", "*.svg", "*.webp"));
                File file = fc.showOpenDialog(choose.getScene().getWindow());
                if (file != null) {
                    vm.chooseLogo(file.toPath());
                }
            });
            HBox box = new HBox(8, choose, chosen);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            return box;
        }
        if ("currency".equals(f)) {
            ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(CoopProfile.VND, CoopProfile.USD));
            box.setId("coop-currency");
            box.valueProperty().bindBidirectional(vm.field(f));
            return box;
        }
        if (f.startsWith("story_")) { // a few paragraphs: the catalogue's introduction
            TextArea story = new TextArea();
            story.setId("coop-" + f);
            story.setWrapText(true);
            story.setPrefRowCount(4);
            story.setPromptText(m.get("coop.prompt.story"));
            story.textProperty().bindBidirectional(vm.field(f));
            return story;
        }
        if ("brand_colour".equals(f)) {
            return BrandColourField.of(vm.field(f), m);
        }
        TextField t = new TextField();
        t.setId("coop-" + f);
        t.textProperty().bindBidirectional(vm.field(f));
        if ("gs1_prefix".equals(f) || "trace_domain".equals(f)) {
            t.setPromptText(m.get("coop.prompt." + f));
        }
        return t;
    }
}
