package org.tradekit.catalog.ui;

import java.util.Arrays;

import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.catalog.CertificationScheme;
import org.tradekit.i18n.Messages;

/** The certifications list: one line per certification (scheme, number, expiry) and an add button. */
final class CertificationsEditor extends VBox {
    private final ProductEditorViewModel vm;
    private final Messages m;
    private final VBox lines = new VBox(4);
    private final ListChangeListener<CertificationLine> listener;

    CertificationsEditor(ProductEditorViewModel vm, Messages m) {
        super(6);
        this.vm = vm;
        this.m = m;
        Button add = new Button(m.get("ui.editor.addCertification"), new FontIcon(Feather.PLUS));
        add.setId("add-certification");
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(e -> vm.addCertification());
        getChildren().addAll(lines, add);
        listener = c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    rebuild(); // only when lines come or go: editing a line must keep its focus
                    return;
                }
            }
        };
        vm.certifications().addListener(new WeakListChangeListener<>(listener));
        rebuild();
    }

    private void rebuild() {
        lines.getChildren().clear();
        for (CertificationLine l : vm.certifications()) {
            ComboBox<String> scheme = new ComboBox<>();
            scheme.setEditable(true);
            scheme.getItems().setAll(Arrays.stream(CertificationScheme.values())
                    .filter(s -> s != CertificationScheme.OTHER).map(CertificationScheme::label).toList());
            scheme.setPromptText(m.get("ui.editor.certification.scheme"));
            scheme.getEditor().textProperty().bindBidirectional(l.schemeProperty());
            scheme.setPrefWidth(150);
            TextField number = new TextField();
            number.setPromptText(m.get("ui.editor.certification.number"));
            number.textProperty().bindBidirectional(l.numberProperty());
            HBox.setHgrow(number, Priority.ALWAYS);
            TextField expiry = new TextField();
            expiry.setPromptText(m.get("ui.editor.certification.expiry"));
            expiry.textProperty().bindBidirectional(l.expiryProperty());
            expiry.setPrefWidth(120);
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setTooltip(new javafx.scene.control.Tooltip(m.get("ui.editor.removeCertification")));
            remove.setOnAction(e -> vm.removeCertification(l));
            lines.getChildren().add(new HBox(4, scheme, number, expiry, remove));
        }
    }
}
