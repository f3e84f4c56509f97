package org.tradekit.lead.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import org.tradekit.lead.Languages;
import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadDraft;
import org.tradekit.lead.LeadPipeline;
import org.tradekit.lead.LeadStatus;
import org.tradekit.lead.MergedCapture;
import org.tradekit.ui.common.Choices;

/** The selected lead: what was captured, its pipeline fields (editable), and every capture merged into it. */
final class LeadDetail extends VBox {
    private final FollowUpViewModel vm;
    private final FollowUpTexts t;
    private final Label title = new Label();
    private final GridPane fields = new GridPane();
    private final ComboBox<LeadStatus> status;
    private final DatePicker followUp = new DatePicker();
    private final ComboBox<String> lang;
    private final VBox captures = new VBox(6);
    private boolean showing;

    LeadDetail(FollowUpViewModel vm, FollowUpTexts t) {
        super(8);
        this.vm = vm;
        this.t = t;
        setId("followup-detail");
        setPadding(new Insets(8));
        setMinWidth(260);
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        fields.setHgap(8);
        fields.setVgap(4);
        status = Choices.combo("followup-detail-status", List.of(LeadStatus.values()), t::status);
        List<String> langs = new ArrayList<>(List.of(""));
        langs.addAll(Languages.ALL);
        lang = Choices.combo("followup-detail-lang", langs, t::language);
        followUp.setId("followup-detail-date");
        status.valueProperty().addListener((o, a, b) -> {
            if (!showing && b != null && vm.selectedProperty().get() != null) {
                vm.setStatus(vm.selectedProperty().get(), b);
            }
        });
        followUp.valueProperty().addListener((o, a, b) -> {
            if (!showing && vm.selectedProperty().get() != null) {
                vm.setFollowUp(vm.selectedProperty().get(), b);
            }
        });
        lang.valueProperty().addListener((o, a, b) -> {
            if (!showing && b != null && vm.selectedProperty().get() != null) {
                vm.setLang(vm.selectedProperty().get(), b);
            }
        });
        captures.setId("followup-detail-merges");
        Label capturesTitle = new Label(t.get("lead.followUp.detail.captures"));
        capturesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        capturesTitle.setWrapText(true);
        GridPane pipeline = new GridPane();
        pipeline.setHgap(8);
        pipeline.setVgap(4);
        pipeline.addRow(0, key("lead.followUp.col.status"), status);
        pipeline.addRow(1, key("lead.followUp.col.followUp"), followUp);
        pipeline.addRow(2, key("lead.followUp.detail.lang"), lang);
        getChildren().setAll(title, fields, pipeline, capturesTitle, captures);
        vm.selectedProperty().addListener((o, a, b) -> show());
        vm.merges().addListener((javafx.collections.ListChangeListener<MergedCapture>) c -> showCaptures());
        show();
        showCaptures();
    }

    private void show() {
        Lead l = vm.selectedProperty().get();
        showing = true;
        try {
            fields.getChildren().clear();
            setDisable(l == null);
            if (l == null) {
                title.setText(t.get("lead.followUp.detail.none"));
                status.setValue(null);
                followUp.setValue(null);
                lang.setValue(null);
                return;
            }
            LeadDraft d = l.fields();
            title.setText(FollowUpViewModel.name(l));
            int row = 0;
            row = row(row, "lead.followUp.col.company", d.company());
            row = row(row, "lead.followUp.detail.jobTitle", d.jobTitle());
            row = row(row, "lead.followUp.detail.email", d.email());
            row = row(row, "lead.followUp.detail.phone", d.phoneRaw() != null ? d.phoneRaw() : d.phoneE164());
            row = row(row, "lead.followUp.col.country", t.country(d.country()));
            row = row(row, "lead.followUp.col.rating", d.rating() == null ? null : t.rating(d.rating()));
            row = row(row, "lead.followUp.col.products", String.join(", ", d.products().stream().map(vm::productName).toList()));
            row = row(row, "lead.followUp.detail.requests", requests(d));
            row = row(row, "lead.followUp.detail.captured", t.get("lead.followUp.detail.capturedBy",
                    d.staff() == null ? "?" : d.staff(), t.captured(l.capturedAt())));
            row(row, "lead.followUp.detail.notes", d.notes());
            status.setValue(LeadPipeline.status(d.status()));
            followUp.setValue(d.followUp());
            lang.setValue(d.lang() == null ? "" : d.lang());
        } finally {
            showing = false;
        }
    }

    private String requests(LeadDraft d) {
        List<String> r = new ArrayList<>();
        if (d.samples()) {
            r.add(t.get("lead.followUp.detail.samples"));
        }
        if (d.brochure()) {
            r.add(t.get("lead.followUp.detail.brochure"));
        }
        return r.isEmpty() ? null : String.join(", ", r);
    }

    private int row(int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label v = new Label(value);
        v.setWrapText(true);
        Label k = key(key);
        k.getStyleClass().add(Styles.TEXT_MUTED);
        fields.addRow(row, k, v);
        return row + 1;
    }

    /** A field's name: never shortened to "…", the value beside it wraps instead. */
    private Label key(String key) {
        Label k = new Label(t.get(key));
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return k;
    }

    private void showCaptures() {
        captures.getChildren().clear();
        if (vm.merges().isEmpty()) {
            captures.getChildren().add(new Label(t.get("lead.followUp.detail.noCaptures")));
            return;
        }
        for (MergedCapture m : vm.merges()) {
            Label l = new Label(t.get("lead.followUp.detail.merged", m.staff() == null ? "?" : m.staff(),
                    t.captured(m.capturedAt()), m.notes() == null ? t.get("lead.followUp.detail.noNotes") : m.notes()));
            l.setWrapText(true);
            l.getStyleClass().add("followup-capture");
            captures.getChildren().add(l);
        }
    }
}
