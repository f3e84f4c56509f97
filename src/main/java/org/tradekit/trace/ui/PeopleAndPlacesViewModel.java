package org.tradekit.trace.ui;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.ValidationException;
import org.tradekit.text.Fold;
import org.tradekit.trace.member.Member;
import org.tradekit.trace.member.MemberService;
import org.tradekit.trace.member.Plot;
import org.tradekit.trace.place.Location;
import org.tradekit.trace.place.LocationKind;
import org.tradekit.trace.place.LocationService;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * Members (with a first plot) and named places, enough for a fresh install to record a harvest:
 * pick one to edit it, or start a new one; each save is one transaction, problems beside the fields.
 */
public final class PeopleAndPlacesViewModel {
    private final MemberService members;
    private final LocationService locations;
    private final TaskRunner tasks;
    private final Runnable changed;
    private final ObservableList<Member> memberList = FXCollections.observableArrayList();
    private final ObservableList<Location> placeList = FXCollections.observableArrayList();
    private final ObjectProperty<Member> editing = new SimpleObjectProperty<>(this, "editing");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty commune = new SimpleStringProperty(this, "commune", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty certifications = new SimpleStringProperty(this, "certifications", "");
    private final StringProperty plotName = new SimpleStringProperty(this, "plotName", "");
    private final StringProperty plotArea = new SimpleStringProperty(this, "plotArea", "");
    private final ObjectProperty<Location> editingPlace = new SimpleObjectProperty<>(this, "editingPlace");
    private final StringProperty placeName = new SimpleStringProperty(this, "placeName", "");
    private final ObjectProperty<LocationKind> placeKind = new SimpleObjectProperty<>(this, "placeKind", LocationKind.FARM);
    private final StringProperty gln = new SimpleStringProperty(this, "gln", "");
    private final ObservableMap<String, FieldProblem> problems = FXCollections.observableHashMap();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");

    /** @param changed told after a save (the event form's lists follow) */
    public PeopleAndPlacesViewModel(MemberService members, LocationService locations, TaskRunner tasks, Runnable changed) {
        this.members = members;
        this.locations = locations;
        this.tasks = tasks;
        this.changed = changed;
    }

    public void refresh() {
        tasks.run(BackgroundTask.of("trace.ui.task.lists", w -> List.of(members.list(), locations.list())).hidden()
                .onSuccess(r -> {
                    @SuppressWarnings("unchecked")
                    List<Member> m = (List<Member>) r.get(0);
                    @SuppressWarnings("unchecked")
                    List<Location> l = (List<Location>) r.get(1);
                    memberList.setAll(m);
                    placeList.setAll(l);
                }));
    }

    /** Fills the member fields from this member (null: a new one). */
    public void editMember(Member m) {
        problems.clear();
        editing.set(m);
        name.set(m == null ? "" : nz(m.name()));
        commune.set(m == null ? "" : nz(m.commune()));
        phone.set(m == null ? "" : nz(m.phone()));
        certifications.set(m == null ? "" : nz(m.certifications()));
        plotName.set("");
        plotArea.set("");
    }

    public void editPlace(Location l) {
        problems.clear();
        editingPlace.set(l);
        placeName.set(l == null ? "" : nz(l.name()));
        placeKind.set(l == null ? LocationKind.FARM : l.kind());
        gln.set(l == null ? "" : nz(l.gln()));
    }

    public void saveMember() {
        problems.clear();
        notice.set(null);
        Member old = editing.get();
        Member m = new Member(old == null ? null : old.id(), old == null ? null : old.code(), name.get(), commune.get(),
                old == null ? null : old.province(), phone.get(), certifications.get(), old == null ? null : old.notes());
        String plot = Fold.clean(plotName.get());
        Double area = null;
        if (Fold.clean(plotArea.get()) != null) {
            var q = Quantity.parse(plotArea.get());
            if (q == null) {
                problems.put("area_m2", FieldProblem.of("area_m2", "trace.ui.form.quantityNumber", plotArea.get()));
                return;
            }
            area = q.doubleValue();
        }
        Double plotArea2 = area;
        tasks.run(BackgroundTask.of("trace.ui.task.saveMember", w -> {
            Member saved = members.save(m);
            if (plot != null) {
                members.savePlot(new Plot(null, saved.id(), plot, plotArea2, null, null, null));
            }
            return saved;
        }).onSuccess(saved -> {
            notice.set(Notice.done("trace.ui.people.saved", saved.name()));
            editMember(null);
            refresh();
            changed.run();
        }).onExpected(ValidationException.class, e -> e.problems().forEach(p -> problems.put(p.field(), p))));
    }

    public void savePlace() {
        problems.clear();
        notice.set(null);
        Location old = editingPlace.get();
        Location l = new Location(old == null ? null : old.id(), placeName.get(), placeKind.get(), gln.get(),
                old == null ? null : old.address());
        tasks.run(BackgroundTask.of("trace.ui.task.savePlace", w -> locations.save(l)).onSuccess(saved -> {
            notice.set(Notice.done("trace.ui.people.saved", saved.name()));
            editPlace(null);
            refresh();
            changed.run();
        }).onExpected(ValidationException.class, e -> e.problems().forEach(p -> problems.put("place." + p.field(), p))));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<Member> members() {
        return memberList;
    }

    public ObservableList<Location> places() {
        return placeList;
    }

    public ObjectProperty<Member> editingProperty() {
        return editing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty communeProperty() {
        return commune;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty certificationsProperty() {
        return certifications;
    }

    public StringProperty plotNameProperty() {
        return plotName;
    }

    public StringProperty plotAreaProperty() {
        return plotArea;
    }

    public ObjectProperty<Location> editingPlaceProperty() {
        return editingPlace;
    }

    public StringProperty placeNameProperty() {
        return placeName;
    }

    public ObjectProperty<LocationKind> placeKindProperty() {
        return placeKind;
    }

    public StringProperty glnProperty() {
        return gln;
    }

    public ObservableMap<String, FieldProblem> problems() {
        return problems;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }
}
