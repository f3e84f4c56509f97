package org.tradekit.trace.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.trace.member.Member;
import org.tradekit.trace.place.Location;
import org.tradekit.trace.place.LocationKind;
import org.tradekit.ui.common.FormGrid;
import org.tradekit.ui.common.ProblemLabel;

/** Members (and a first plot) on the left, places on the right: pick one to edit it, or fill the empty form. */
final class PeoplePane extends HBox {
    PeoplePane(PeopleAndPlacesViewModel vm, TraceTexts t) {
        super(16);
        setId("trace-people-page");
        ListView<Member> members = new ListView<>(vm.members());
        members.setId("people-members");
        members.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Member m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.name() + (m.commune() == null ? "" : " · " + m.commune()));
            }
        });
        members.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
            if (m != null) {
                vm.editMember(m);
            }
        });
        members.setPrefHeight(200);
        FormGrid memberForm = new FormGrid()
                .add(t.get("trace.ui.people.name"), TraceView.field("people-name", vm.nameProperty()), new ProblemLabel(vm.problems(), "name", t.messages()))
                .add(t.get("trace.ui.people.commune"), TraceView.field("people-commune", vm.communeProperty()), null)
                .add(t.get("trace.ui.people.phone"), TraceView.field("people-phone", vm.phoneProperty()), null)
                .add(t.get("trace.ui.people.certifications"), TraceView.field("people-certifications", vm.certificationsProperty()), null)
                .add(t.get("trace.ui.people.plot"), TraceView.field("people-plot", vm.plotNameProperty()), null)
                .add(t.get("trace.ui.people.area"), TraceView.field("people-area", vm.plotAreaProperty()),
                        new ProblemLabel(vm.problems(), "area_m2", t.messages()));
        Button saveMember = new Button(t.get("trace.ui.people.saveMember"), new FontIcon(Feather.CHECK));
        saveMember.setId("people-save-member");
        saveMember.getStyleClass().add(Styles.ACCENT);
        saveMember.setOnAction(e -> vm.saveMember());
        Button newMember = new Button(t.get("trace.ui.people.newMember"), new FontIcon(Feather.PLUS));
        newMember.setId("people-new-member");
        newMember.setOnAction(e -> {
            members.getSelectionModel().clearSelection();
            vm.editMember(null);
        });
        VBox left = column(t.get("trace.ui.people.members"), members, memberForm.node(), new HBox(8, saveMember, newMember));

        ListView<Location> places = new ListView<>(vm.places());
        places.setId("people-places");
        places.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Location l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : l.name() + (l.kind() == null ? "" : " · " + t.get(l.kind().labelKey())));
            }
        });
        places.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> {
            if (l != null) {
                vm.editPlace(l);
            }
        });
        places.setPrefHeight(200);
        ComboBox<LocationKind> kind = TraceView.combo("people-place-kind", List.of(LocationKind.values()), k -> t.get(k.labelKey()));
        kind.valueProperty().bindBidirectional(vm.placeKindProperty());
        FormGrid placeForm = new FormGrid()
                .add(t.get("trace.ui.people.placeName"), TraceView.field("people-place-name", vm.placeNameProperty()),
                        new ProblemLabel(vm.problems(), "place.name", t.messages()))
                .add(t.get("trace.ui.people.placeKind"), kind, new ProblemLabel(vm.problems(), "place.kind", t.messages()))
                .add("GLN", TraceView.field("people-gln", vm.glnProperty()), new ProblemLabel(vm.problems(), "place.gln", t.messages()));
        Button savePlace = new Button(t.get("trace.ui.people.savePlace"), new FontIcon(Feather.CHECK));
        savePlace.setId("people-save-place");
        savePlace.getStyleClass().add(Styles.ACCENT);
        savePlace.setOnAction(e -> vm.savePlace());
        Button newPlace = new Button(t.get("trace.ui.people.newPlace"), new FontIcon(Feather.PLUS));
        newPlace.setId("people-new-place");
        newPlace.setOnAction(e -> {
            places.getSelectionModel().clearSelection();
            vm.editPlace(null);
        });
        Label notice = new Label();
        notice.setId("people-notice");
        notice.getStyleClass().add(Styles.SUCCESS);
        notice.textProperty().bind(Bindings.createStringBinding(() -> TraceView.text(vm.noticeProperty().get(), t),
                vm.noticeProperty()));
        VBox right = column(t.get("trace.ui.people.places"), places, placeForm.node(), new HBox(8, savePlace, newPlace), notice);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        setPadding(new Insets(4));
        getChildren().addAll(left, right);
    }

    private static VBox column(String title, Node... nodes) {
        Label l = new Label(title);
        l.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(8, l);
        box.getChildren().addAll(nodes);
        box.setPrefWidth(400);
        return box;
    }

}
