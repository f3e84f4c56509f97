package org.tradekit.trace.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tradekit.catalog.ProductRepository;
import org.tradekit.i18n.LocalizedException;
import org.tradekit.text.Fold;
import org.tradekit.trace.exchange.LotLookup;
import org.tradekit.trace.lot.LotRepository;
import org.tradekit.trace.lot.LotRow;
import org.tradekit.ui.common.Debouncer;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * The lots list: lots whose code starts with what is typed, or lots of the product with that SKU;
 * the field where a Digital Link or lot code is pasted or scanned opens its lot (or says in words
 * why it cannot). The selected lot is what the lineage and recall show.
 */
public final class LotsViewModel {
    static final int LIMIT = 500;

    private final LotRepository lots;
    private final ProductRepository products;
    private final LotLookup lookup;
    private final TaskRunner tasks;
    private final Debouncer debouncer;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty scan = new SimpleStringProperty(this, "scan", "");
    private final ObjectProperty<Notice> scanProblem = new SimpleObjectProperty<>(this, "scanProblem");
    private final ObservableList<LotRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<LotRow> selected = new SimpleObjectProperty<>(this, "selected");
    private long searchNo;

    public LotsViewModel(LotRepository lots, ProductRepository products, LotLookup lookup, TaskRunner tasks,
            Debouncer debouncer) {
        this.lots = lots;
        this.products = products;
        this.lookup = lookup;
        this.tasks = tasks;
        this.debouncer = debouncer;
        query.addListener((o, a, b) -> debouncer.call(this::search));
    }

    /** Reads the list again for the current text; the latest search wins. */
    public void search() {
        String q = Fold.clean(query.get());
        long no = ++searchNo;
        tasks.run(BackgroundTask.of("trace.ui.task.search", w -> find(q)).hidden().onSuccess(found -> {
            if (no == searchNo) {
                rows.setAll(found);
            }
        }));
    }

    private List<LotRow> find(String q) {
        Map<String, LotRow> found = new LinkedHashMap<>();
        String text = q == null ? "" : q;
        lots.startingWith(text, LIMIT).forEach(r -> found.put(r.id(), r));
        if (!text.isEmpty() && found.size() < LIMIT) {
            products.idBySku(text).ifPresent(productId -> {
                List<LotRow> ofProduct = new ArrayList<>();
                lots.forEach(productId, ofProduct::add);
                ofProduct.stream().limit(LIMIT - found.size()).forEach(r -> found.putIfAbsent(r.id(), r));
            });
        }
        return new ArrayList<>(found.values());
    }

    /** Opens the lot the scanned or pasted text names; a link it cannot use gets its reason under the field. */
    public void openScanned() {
        String text = scan.get();
        scanProblem.set(null);
        tasks.run(BackgroundTask.of("trace.ui.task.open", w -> lookup.find(text)).hidden().onSuccess(found -> {
            scan.set("");
            show(found.get(0), found);
        }).onExpected(LocalizedException.class, e -> scanProblem.set(Notice.failed(e))));
    }

    /** Shows this lot (just recorded, or found): in the list and selected. */
    public void show(String lotId) {
        tasks.run(BackgroundTask.of("trace.ui.task.open", w -> lots.row(lotId)).hidden()
                .onSuccess(row -> row.ifPresent(r -> show(r, List.of(r)))));
    }

    private void show(LotRow lot, List<LotRow> list) {
        ++searchNo; // a search still running must not replace this list
        rows.setAll(list);
        selected.set(null); // the same lot again reloads its story (new events)
        selected.set(lot);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty scanProperty() {
        return scan;
    }

    public ObjectProperty<Notice> scanProblemProperty() {
        return scanProblem;
    }

    public ObservableList<LotRow> rows() {
        return rows;
    }

    public ObjectProperty<LotRow> selectedProperty() {
        return selected;
    }
}
