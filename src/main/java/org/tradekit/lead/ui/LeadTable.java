package org.tradekit.lead.ui;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;

import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadPipeline;
import org.tradekit.lead.LeadStatus;
import org.tradekit.ui.common.Choices;

/** The leads after the fair: a virtualised table, several rows selectable, the status editable in place. */
final class LeadTable extends TableView<Lead> {
    LeadTable(FollowUpViewModel vm, FollowUpTexts t) {
        super(vm.leads());
        setId("followup-table");
        setEditable(true);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(t.get("lead.followUp.empty")));
        TableColumn<Lead, LeadStatus> status = new TableColumn<>(t.get("lead.followUp.col.status"));
        status.setId("followup-col-status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(LeadPipeline.status(c.getValue().fields().status())));
        status.setCellFactory(ComboBoxTableCell.forTableColumn(Choices.converter(t::status),
                FXCollections.observableArrayList(LeadStatus.values())));
        status.setOnEditCommit(e -> {
            if (e.getNewValue() != null && e.getNewValue() != e.getOldValue()) {
                vm.setStatus(e.getRowValue(), e.getNewValue());
            }
        });
        status.setPrefWidth(130);
        getColumns().setAll(List.of(
                column(t.get("lead.followUp.col.name"), l -> FollowUpViewModel.name(l), 170),
                column(t.get("lead.followUp.col.company"), l -> l.fields().company(), 160),
                column(t.get("lead.followUp.col.country"), l -> t.country(l.fields().country()), 120),
                column(t.get("lead.followUp.col.rating"), l -> l.fields().rating() == null ? "" : t.rating(l.fields().rating()), 80),
                status,
                column(t.get("lead.followUp.col.followUp"), l -> t.date(l.fields().followUp()), 100),
                column(t.get("lead.followUp.col.products"), l -> String.join(", ", l.fields().products().stream()
                        .map(vm::productName).toList()), 180),
                column(t.get("lead.followUp.col.staff"), l -> l.fields().staff(), 90)));
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && getSelectionModel().getSelectedItem() != b && getItems().contains(b)) {
                getSelectionModel().clearAndSelect(getItems().indexOf(b)); // the same lead read again after an edit
            }
        });
    }

    private static TableColumn<Lead, String> column(String title, Function<Lead, String> value, double width) {
        TableColumn<Lead, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setEditable(false);
        return c;
    }
}
