package org.tradekit.lead.ui;

import java.util.stream.Collectors;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.lead.DuplicateGroup;
import org.tradekit.lead.Lead;

/**
 * Possible duplicates: the groups of captures that may be one person; choose the one to keep,
 * Merge, and confirm in the bar that appears (no dialog in the way).
 */
final class DuplicatesPane extends SplitPane {
    private final FollowUpViewModel vm;
    private final FollowUpTexts t;
    private final ListView<DuplicateGroup> groups = new ListView<>();
    private final VBox captures = new VBox(6);
    private final ToggleGroup keep = new ToggleGroup();
    private final Button merge = new Button();
    private final HBox confirmBar = new HBox(8);
    private final Label confirmText = new Label();

    DuplicatesPane(FollowUpViewModel vm, FollowUpTexts t) {
        this.vm = vm;
        this.t = t;
        setId("followup-duplicates");
        groups.setId("followup-dup-groups");
        groups.setItems(vm.duplicates());
        groups.setPlaceholder(new Label(t.get("lead.followUp.dup.none")));
        groups.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DuplicateGroup g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : t.get("lead.followUp.dup.group", FollowUpViewModel.name(g.leads().get(0)),
                        g.leads().size(), rules(g)));
            }
        });
        merge.setText(t.get("lead.followUp.dup.merge"));
        merge.setGraphic(new FontIcon(Feather.GIT_MERGE));
        merge.setId("followup-merge");
        merge.disableProperty().bind(keep.selectedToggleProperty().isNull());
        merge.setOnAction(e -> askToConfirm());
        Button confirm = new Button(t.get("lead.followUp.dup.confirm"));
        confirm.setId("followup-merge-confirm");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setOnAction(e -> {
            DuplicateGroup g = groups.getSelectionModel().getSelectedItem();
            Lead k = keep.getSelectedToggle() == null ? null : (Lead) keep.getSelectedToggle().getUserData();
            confirmBar.setVisible(false);
            if (g != null && k != null) {
                vm.merge(g, k);
            }
        });
        Button cancel = new Button(t.get("lead.followUp.dup.cancel"));
        cancel.setId("followup-merge-cancel");
        cancel.setOnAction(e -> confirmBar.setVisible(false));
        confirmText.setWrapText(true);
        confirm.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the question wraps, the answers stay whole
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox.setHgrow(confirmText, javafx.scene.layout.Priority.ALWAYS);
        confirmBar.getChildren().setAll(confirmText, confirm, cancel);
        confirmBar.setAlignment(Pos.CENTER_LEFT);
        confirmBar.setId("followup-merge-bar");
        confirmBar.setVisible(false);
        confirmBar.managedProperty().bind(confirmBar.visibleProperty());
        Label hint = new Label(t.get("lead.followUp.dup.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox right = new VBox(8, hint, captures, merge, confirmBar);
        right.setPadding(new Insets(8));
        groups.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showGroup(b));
        getItems().setAll(groups, right);
        setDividerPositions(0.35);
        showGroup(null);
    }

    private String rules(DuplicateGroup g) {
        return g.rules().stream().sorted().map(r -> switch (r) {
            case EMAIL -> t.get("lead.followUp.dup.rule.email");
            case PHONE -> t.get("lead.followUp.dup.rule.phone");
            case NAME_AND_COMPANY -> t.get("lead.followUp.dup.rule.nameCompany");
        }).collect(Collectors.joining(", "));
    }

    private void showGroup(DuplicateGroup g) {
        captures.getChildren().clear();
        keep.getToggles().clear();
        confirmBar.setVisible(false);
        if (g == null) {
            return;
        }
        int i = 0;
        for (Lead l : g.leads()) {
            var f = l.fields();
            RadioButton r = new RadioButton(t.get("lead.followUp.dup.capture", FollowUpViewModel.name(l),
                    f.company() == null ? "" : f.company(), f.email() == null ? "" : f.email(),
                    f.staff() == null ? "?" : f.staff(), t.captured(l.capturedAt()),
                    f.notes() == null ? t.get("lead.followUp.detail.noNotes") : f.notes()));
            r.setWrapText(true);
            r.setId("followup-keep-" + i++);
            r.setUserData(l);
            r.setToggleGroup(keep);
            captures.getChildren().add(r);
        }
    }

    private void askToConfirm() {
        DuplicateGroup g = groups.getSelectionModel().getSelectedItem();
        if (g == null || keep.getSelectedToggle() == null) {
            return;
        }
        Lead k = (Lead) keep.getSelectedToggle().getUserData();
        confirmText.setText(t.get("lead.followUp.dup.ask", g.leads().size() - 1, FollowUpViewModel.name(k),
                k.fields().staff() == null ? "?" : k.fields().staff()));
        confirmBar.setVisible(true);
    }
}
