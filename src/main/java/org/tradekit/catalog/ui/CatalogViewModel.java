package org.tradekit.catalog.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tradekit.catalog.CatalogService;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductFilter;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.catalog.ProductRow;
import org.tradekit.catalog.ProductSearch;
import org.tradekit.catalog.ProductStatus;
import org.tradekit.ui.common.Debouncer;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * The catalog screen's state: the search text and filters, the rows they find, and the product
 * in the editor. Typing is debounced; every search runs in the background and only the latest
 * one's rows are shown. A first page comes quickly, the rest follows, so 100,000 products show
 * as fast as 200. Search never reports an error to the user: whatever is typed is just text.
 */
public final class CatalogViewModel {
    /** Rows in the first answer: enough to fill a tall window. */
    public static final int FIRST_PAGE = 200;
    /** At most this many matches of a search text are listed (all products when there is none). */
    public static final int MATCH_LIMIT = 1_000;
    private static final System.Logger LOG = System.getLogger(CatalogViewModel.class.getName());

    private final ProductSearch search;
    private final ProductRepository products;
    private final TaskRunner tasks;
    private final Debouncer debouncer;
    private final Supplier<LocalDate> today;
    private final ProductEditorViewModel editor;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<Integer> stars = new SimpleObjectProperty<>(this, "stars");
    private final ObjectProperty<String> certification = new SimpleObjectProperty<>(this, "certification");
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(this, "status", StatusFilter.ACTIVE);
    private final BooleanProperty ocopAttention = new SimpleBooleanProperty(this, "ocopAttention");
    private final ObservableList<ProductRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> certifications = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyBooleanWrapper truncated = new ReadOnlyBooleanWrapper(this, "truncated");
    private long generation;

    public CatalogViewModel(ProductSearch search, ProductRepository products, CatalogService catalog, TaskRunner tasks,
            Debouncer debouncer, Supplier<LocalDate> today, ProductEditorViewModel editor) {
        this.search = search;
        this.products = products;
        this.tasks = tasks;
        this.debouncer = debouncer;
        this.today = today;
        this.editor = editor;
        query.addListener((o, a, b) -> debouncer.call(this::refresh));
        category.addListener((o, a, b) -> refresh());
        stars.addListener((o, a, b) -> refresh());
        certification.addListener((o, a, b) -> refresh());
        status.addListener((o, a, b) -> refresh());
        ocopAttention.addListener((o, a, b) -> refresh());
        editor.setOnSaved(p -> {
            refresh();
            loadChoices();
        });
    }

    /** First load: the list and the filter choices. */
    public void start() {
        refresh();
        loadChoices();
    }

    private void loadChoices() {
        tasks.run(BackgroundTask.of("ui.task.filters", w -> List.of(products.categories(),
                products.certificationSchemes())).hidden().onSuccess(lists -> {
                    categories.setAll(lists.get(0));
                    certifications.setAll(lists.get(1));
                }).onExpected(RuntimeException.class, e -> LOG.log(System.Logger.Level.WARNING, "filters", e)));
    }

    public ProductFilter filter() {
        Integer s = stars.get();
        return new ProductFilter(query.get(), category.get(), s == null ? Set.of() : Set.of(s), certification.get(),
                status.get() == null ? null : status.get().status(), ocopAttention.get());
    }

    /** Searches now with the current text and filters; older searches still running are ignored. */
    public void refresh() {
        long gen = ++generation;
        ProductFilter f = filter();
        LocalDate day = today.get();
        searching.set(true);
        tasks.run(BackgroundTask.of("ui.task.search", w -> search.search(f, FIRST_PAGE, day)).hidden()
                .onSuccess(page -> {
                    if (gen != generation) {
                        return; // a newer search is on its way
                    }
                    rows.setAll(page);
                    if (page.size() < FIRST_PAGE) {
                        finish(gen, false);
                    } else {
                        loadRest(gen, f, day);
                    }
                })
                .onExpected(RuntimeException.class, e -> searchFailed(gen, e)));
    }

    private void loadRest(long gen, ProductFilter f, LocalDate day) {
        int limit = f.hasQuery() ? MATCH_LIMIT : 0;
        tasks.run(BackgroundTask.of("ui.task.search", w -> search.search(f, limit, day)).hidden()
                .onSuccess(all -> {
                    if (gen == generation) {
                        rows.setAll(all);
                        finish(gen, limit > 0 && all.size() >= limit);
                    }
                })
                .onExpected(RuntimeException.class, e -> searchFailed(gen, e)));
    }

    private void finish(long gen, boolean more) {
        if (gen == generation) {
            truncated.set(more);
            searching.set(false);
            loaded.set(true);
        }
    }

    /** A search must never bother the user: it is logged and the list stays as it was. */
    private void searchFailed(long gen, RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "search failed for " + query.get(), e);
        finish(gen, false);
    }

    /** A new product in the editor (once unsaved edits of the one shown are saved or discarded). */
    public void newProduct() {
        editor.leave(() -> editor.edit(Product.draft()));
    }

    /** Loads the full product of a row into the editor (once unsaved edits are saved or discarded). */
    public void open(ProductRow row) {
        if (row == null) {
            return;
        }
        editor.leave(() -> load(row));
    }

    /** Closes the editor (once unsaved edits are saved or discarded). */
    public void closeEditor() {
        editor.leave(editor::close);
    }

    private void load(ProductRow row) {
        tasks.run(BackgroundTask.of("ui.task.openProduct", w -> products.find(row.id()), row.sku()).hidden()
                .onSuccess(p -> p.ifPresent(editor::edit)));
    }

    public void archive() {
        editor.setStatus(ProductStatus.ARCHIVED);
    }

    public void restore() {
        editor.setStatus(ProductStatus.ACTIVE);
    }

    public ProductEditorViewModel editor() {
        return editor;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<Integer> starsProperty() {
        return stars;
    }

    public ObjectProperty<String> certificationProperty() {
        return certification;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public BooleanProperty ocopAttentionProperty() {
        return ocopAttention;
    }

    public ObservableList<ProductRow> rows() {
        return rows;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObservableList<String> certifications() {
        return certifications;
    }

    /** True once the first search has shown its rows. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** True when a search text found more matches than are listed. */
    public ReadOnlyBooleanProperty truncatedProperty() {
        return truncated.getReadOnlyProperty();
    }

    public LocalDate today() {
        return today.get();
    }
}
