package org.tradekit.trace.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.tradekit.app.AppContext;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.TraceEvent;
import org.tradekit.trace.lot.LotRow;
import org.tradekit.ui.common.Debouncer;
import org.tradekit.ui.task.TaskRunner;

/**
 * The Traceability screen's state: the lots list, the chosen lot's lineage and recall, the event
 * form and the members-and-places page, and which of them the right side shows.
 */
public final class TraceViewModel {
    /** What the right side of the screen shows. */
    public enum Page {
        LINEAGE, RECALL, RECORD, PEOPLE
    }

    private final LotsViewModel lots;
    private final LineageViewModel lineage;
    private final EventFormViewModel form;
    private final PeopleAndPlacesViewModel people;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.LINEAGE);

    public TraceViewModel(AppContext app, TaskRunner tasks, Debouncer searchDebouncer) {
        this.lots = new LotsViewModel(app.lots(), app.products(), app.lotLookup(), tasks, searchDebouncer);
        this.lineage = new LineageViewModel(app.lineage(), app.events(), app.lots(), app.recalls(), app.coopProfile(),
                app.printRuns(), tasks, app.clock());
        this.form = new EventFormViewModel(app.eventRecorder(), app.lots(), app.lotService(), app.products(), app.members(),
                app.locations(), app.attachments(), tasks, app.clock(), lotId -> {
                    if (lotId != null) {
                        lots.show(lotId);
                    }
                });
        this.people = new PeopleAndPlacesViewModel(app.members(), app.locations(), tasks, form::refreshLists);
        lots.selectedProperty().addListener((o, a, lot) -> {
            lineage.load(lot == null ? null : lot.id());
            if (lot != null && page.get() != Page.RECORD) {
                page.set(Page.LINEAGE);
            }
        });
    }

    /** The first visit: the newest lots in the list. */
    public void start() {
        lots.search();
    }

    public void record(EventKind kind) {
        form.start(kind);
        page.set(Page.RECORD);
    }

    public void declareError(TraceEvent event) {
        form.declare(event);
        page.set(Page.RECORD);
    }

    public void recall() {
        lineage.runRecall();
        page.set(Page.RECALL);
    }

    public void showPeople() {
        people.refresh();
        page.set(Page.PEOPLE);
    }

    public void showLineage() {
        page.set(Page.LINEAGE);
    }

    public LotRow selectedLot() {
        return lots.selectedProperty().get();
    }

    public LotsViewModel lots() {
        return lots;
    }

    public LineageViewModel lineage() {
        return lineage;
    }

    public EventFormViewModel form() {
        return form;
    }

    public PeopleAndPlacesViewModel people() {
        return people;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }
}
