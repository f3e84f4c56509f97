package org.tradekit.backup.ui;

import java.time.ZoneId;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.backup.RestoreCandidate;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.ui.common.FormGrid;
import org.tradekit.ui.common.ScrollIntoView;

/**
 * What a checked backup holds, and the question: restore it? Says that the data now on this
 * computer is kept as a backup first. Shown while the view model holds a checked candidate.
 */
final class RestoreConfirmation extends VBox {
    private final Messages m;
    private final Formats f;
    private final VBox facts = new VBox();

    /** @param focusAfter takes the keyboard when the card goes away (else it would go to the next field down the page) */
    RestoreConfirmation(BackupsViewModel vm, Messages m, Formats f, Node focusAfter) {
        super(10);
        this.m = m;
        this.f = f;
        setId("restore-confirmation");
        getStyleClass().add("restore-card");
        setPadding(new Insets(14));
        Label title = new Label(m.get("backup.ui.confirm.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label warning = new Label(m.get("backup.ui.confirm.text"));
        warning.setWrapText(true);
        Button restore = new Button(m.get("backup.ui.confirm.restore"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId("restore-confirm");
        restore.getStyleClass().add(Styles.DANGER);
        restore.disableProperty().bind(vm.restoringProperty().isNotNull());
        restore.setOnAction(e -> vm.confirmRestore());
        Button cancel = new Button(m.get("backup.ui.confirm.cancel"));
        cancel.setId("restore-cancel");
        cancel.disableProperty().bind(vm.restoringProperty().isNotNull());
        cancel.setOnAction(e -> vm.cancelRestore());
        HBox buttons = new HBox(8, restore, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, facts, warning, buttons);
        visibleProperty().bind(vm.candidateProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        vm.candidateProperty().addListener((o, a, c) -> {
            if (c == null && isFocusWithin()) {
                focusAfter.requestFocus();
            }
            show(c);
            if (c != null) {
                ScrollIntoView.later(this); // it appears below the list: the question must be seen
                cancel.requestFocus(); // the safe answer has the keyboard, not a field of the form below
            }
        });
        show(vm.candidateProperty().get());
    }

    private void show(RestoreCandidate c) {
        if (c == null) {
            facts.getChildren().clear();
            return;
        }
        String unknown = m.get("backup.ui.confirm.unknown");
        FormGrid g = new FormGrid();
        g.add(m.get("backup.ui.confirm.file"), value("restore-file", c.source().toString()), null);
        g.add(m.get("backup.ui.confirm.made"), value("restore-made",
                c.createdAt().map(t -> f.dateTime(t, ZoneId.systemDefault())).orElse(unknown)), null);
        g.add(m.get("backup.ui.confirm.products"), value("restore-products", f.integer(c.products())), null);
        g.add(m.get("backup.ui.confirm.photos"), value("restore-photos", c.photoFiles() == 0 && c.productPhotos() > 0
                ? m.get("backup.ui.confirm.photosOutside", c.productPhotos()) // an automatic, database-only backup
                : m.get("backup.ui.confirm.photoCount", c.productPhotos(), c.photoFiles())), null);
        g.add(m.get("backup.ui.confirm.version"), value("restore-version",
                m.get("backup.ui.confirm.versionText", c.createdBy().orElse(unknown), c.schemaVersion())), null);
        facts.getChildren().setAll(g.node());
    }

    private static Label value(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setPadding(new Insets(5, 0, 0, 0));
        return l;
    }
}
