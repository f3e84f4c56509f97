package org.tradekit.catalog.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.tradekit.catalog.CatalogService;
import org.tradekit.catalog.Certification;
import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.PhotoImport;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductStatus;
import org.tradekit.catalog.ProductValidator;
import org.tradekit.catalog.ValidationException;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * The product being edited, field by field as text. Every keystroke re-checks the product
 * (parsing, then {@link ProductValidator}); problems show beside a field once the user has
 * touched it, and beside every field after a save was tried. Saving runs in the background and
 * puts the service's problems (e.g. a SKU already taken) beside their fields.
 */
public final class ProductEditorViewModel {
    /** Fields the form does not edit directly: status has archive/restore, the main photo the photo strip. */
    static final Set<ProductField> NOT_IN_FORM = Set.of(ProductField.STATUS, ProductField.PRIMARY_PHOTO);
    static final String CERTIFICATIONS = "certifications";

    private final CatalogService catalog;
    private final TaskRunner tasks;
    private final Map<ProductField, StringProperty> fields = new EnumMap<>(ProductField.class);
    private final ObservableList<CertificationLine> certifications = FXCollections.observableArrayList(
            l -> new Observable[] {l.schemeProperty(), l.numberProperty(), l.expiryProperty()});
    private final EditedPhotos photos;
    private final ObservableMap<String, FieldProblem> problems = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<Product> product = new ReadOnlyObjectWrapper<>(this, "product");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyObjectWrapper<Runnable> pendingLeave = new ReadOnlyObjectWrapper<>(this, "pendingLeave");
    private final Set<String> touched = new HashSet<>();
    private Map<String, FieldProblem> allProblems = Map.of();
    private boolean showAll;
    private boolean loading;
    private Consumer<Product> onSaved = p -> {
    };

    public ProductEditorViewModel(CatalogService catalog, TaskRunner tasks, PhotoImport photoImport) {
        this.catalog = catalog;
        this.tasks = tasks;
        this.photos = new EditedPhotos(tasks, photoImport, () -> edited(EditedPhotos.FIELD));
        for (ProductField f : ProductField.values()) {
            if (!NOT_IN_FORM.contains(f)) {
                StringProperty p = new SimpleStringProperty(this, f.column(), "");
                p.addListener((o, a, b) -> edited(f.column()));
                fields.put(f, p);
            }
        }
        certifications.addListener((ListChangeListener<CertificationLine>) c -> edited(CERTIFICATIONS));
    }

    /** Called with the saved product after each successful save. */
    public void setOnSaved(Consumer<Product> action) {
        this.onSaved = action;
    }

    /** Shows a product in the form; a draft for a new one. */
    public void edit(Product p) {
        loading = true;
        try {
            product.set(p);
            fields.forEach((f, prop) -> prop.set(FieldText.format(f, p.get(f))));
            certifications.setAll(p.certifications().stream().map(CertificationLine::of).toList());
            photos.load(p.photos(), p.text(ProductField.PRIMARY_PHOTO));
            touched.clear();
            showAll = false;
            dirty.set(false);
            pendingLeave.set(null);
            open.set(true);
        } finally {
            loading = false;
        }
        recheck();
    }

    /**
     * Goes on to {@code next} (another product, a new one, closing) when nothing is unsaved; else
     * asks first ({@link #pendingLeaveProperty()}): save, discard, or keep editing. Unsaved photos
     * and edits are never dropped without the user saying so.
     */
    public void leave(Runnable next) {
        if (!open.get() || !dirty.get()) {
            next.run();
        } else {
            pendingLeave.set(next);
        }
    }

    /** The answer "save": saves, then goes on; a problem in the form keeps the user here to fix it. */
    public void saveAndLeave() {
        Runnable next = pendingLeave.get();
        pendingLeave.set(null);
        if (next != null) {
            save(next);
        }
    }

    /** The answer "discard": the edits are dropped and the user goes on. */
    public void discardAndLeave() {
        Runnable next = pendingLeave.get();
        pendingLeave.set(null);
        if (next != null) {
            dirty.set(false);
            next.run();
        }
    }

    /** The answer "keep editing": nothing happens. */
    public void keepEditing() {
        pendingLeave.set(null);
    }

    /** Where the user wanted to go while the form had unsaved changes, waiting for an answer; else null. */
    public ReadOnlyObjectProperty<Runnable> pendingLeaveProperty() {
        return pendingLeave.getReadOnlyProperty();
    }

    /** Closes the form (the product shown is forgotten, unsaved edits too: ask through {@link #leave} first). */
    public void close() {
        pendingLeave.set(null);
        open.set(false);
        product.set(null);
        problems.clear();
    }

    private void edited(String field) {
        if (loading) {
            return;
        }
        touched.add(field);
        dirty.set(true);
        recheck();
    }

    /** Re-reads every field and shows the problems the user should see now. */
    private void recheck() {
        Map<String, FieldProblem> found = new LinkedHashMap<>();
        Product p = build(found);
        for (FieldProblem fp : ProductValidator.check(CatalogService.withDefaults(p))) {
            found.putIfAbsent(fp.field(), fp); // a parse problem says more than the rule it breaks
        }
        allProblems = found;
        publish();
    }

    private void publish() {
        Map<String, FieldProblem> visible = new LinkedHashMap<>();
        allProblems.forEach((field, fp) -> {
            if (showAll || touched.contains(field)) {
                visible.put(field, fp);
            }
        });
        problems.keySet().retainAll(visible.keySet());
        visible.forEach((k, v) -> {
            if (!v.equals(problems.get(k))) {
                problems.put(k, v);
            }
        });
    }

    /** The product as the form says, parse problems collected in {@code problems}. */
    private Product build(Map<String, FieldProblem> problemsOut) {
        Product base = product.get() == null ? Product.draft() : product.get();
        Product p = base;
        for (var e : fields.entrySet()) {
            FieldText.Parsed parsed = FieldText.parse(e.getKey(), e.getValue().get());
            if (parsed.ok()) {
                p = p.with(e.getKey(), parsed.value());
            } else {
                problemsOut.put(e.getKey().column(), FieldProblem.of(e.getKey(), parsed.problemKey()));
                p = p.with(e.getKey(), null);
            }
        }
        List<Certification> certs = new ArrayList<>();
        for (CertificationLine l : certifications) {
            String scheme = l.schemeProperty().get() == null ? "" : l.schemeProperty().get().strip();
            LocalDate expiry = null;
            String exp = l.expiryProperty().get();
            if (exp != null && !exp.isBlank()) {
                FieldText.Parsed d = FieldText.date(exp.strip());
                if (d.ok()) {
                    expiry = (LocalDate) d.value();
                } else {
                    problemsOut.putIfAbsent(CERTIFICATIONS, FieldProblem.of(CERTIFICATIONS, d.problemKey()));
                }
            }
            String number = l.numberProperty().get() == null || l.numberProperty().get().isBlank() ? null
                    : l.numberProperty().get().strip();
            String canonical = scheme.isEmpty() ? "" : Certification.of(scheme, number, expiry).scheme();
            certs.add(new Certification(l.id(), canonical, number, expiry));
        }
        return p.withCertifications(certs).withPhotos(photos.inOrder())
                .with(ProductField.PRIMARY_PHOTO, photos.mainPhoto());
    }

    /** Saves in the background; problems go beside their fields, the saved product comes back into the form. */
    public void save() {
        save(() -> {
        });
    }

    /** Saves, then runs {@code then} once the product is saved (not when a problem stopped the save). */
    private void save(Runnable then) {
        if (!open.get() || saving.get()) {
            return;
        }
        showAll = true;
        recheck();
        if (!allProblems.isEmpty()) {
            return;
        }
        Product p = build(new LinkedHashMap<>());
        saving.set(true);
        tasks.run(BackgroundTask.of("ui.task.saveProduct", w -> catalog.save(p), p.sku())
                .onSuccess(saved -> {
                    edit(saved);
                    onSaved.accept(saved);
                    then.run();
                })
                .onExpected(ValidationException.class, this::showProblems)
                .onFinally(() -> saving.set(false)));
    }

    private void showProblems(ValidationException e) {
        Map<String, FieldProblem> found = new LinkedHashMap<>(allProblems);
        e.problems().forEach(fp -> found.putIfAbsent(fp.field(), fp));
        allProblems = found;
        showAll = true;
        publish();
    }

    /** Archives or restores the product shown; the form then shows it as stored. */
    public void setStatus(ProductStatus status) {
        Product p = product.get();
        if (p == null || p.isNew() || saving.get()) {
            return;
        }
        saving.set(true);
        tasks.run(BackgroundTask.of(status == ProductStatus.ARCHIVED ? "ui.task.archive" : "ui.task.restore", w -> {
            if (status == ProductStatus.ARCHIVED) {
                catalog.archive(p.id());
            } else {
                catalog.restore(p.id());
            }
            return catalog.find(p.id()).orElseThrow();
        }, p.sku()).onSuccess(saved -> {
            edit(saved);
            onSaved.accept(saved);
        }).onFinally(() -> saving.set(false)));
    }

    public void addCertification() {
        certifications.add(new CertificationLine(null));
    }

    public void removeCertification(CertificationLine line) {
        certifications.remove(line);
    }

    public StringProperty field(ProductField f) {
        StringProperty p = fields.get(f);
        if (p == null) {
            throw new IllegalArgumentException(f + " is not edited in the form");
        }
        return p;
    }

    public ObservableList<CertificationLine> certifications() {
        return certifications;
    }

    /** The product's photos as the form changes them (saved with the product). */
    public EditedPhotos photos() {
        return photos;
    }

    /** The problems to show now, by field column ({@code certifications} for the list). */
    public ObservableMap<String, FieldProblem> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<Product> productProperty() {
        return product.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }
}
