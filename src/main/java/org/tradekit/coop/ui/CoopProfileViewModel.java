package org.tradekit.coop.ui;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.PhotoImport;
import org.tradekit.catalog.ValidationException;
import org.tradekit.coop.CoopBrand;
import org.tradekit.coop.CoopLogo;
import org.tradekit.coop.CoopProfile;
import org.tradekit.coop.CoopProfileService;
import org.tradekit.coop.CoopProfileValidator;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * The cooperative profile as the wizard and Settings edit it: one text property per field,
 * checked as the user types (problems shown once a field was touched, all after a save try),
 * loaded and saved in the background.
 */
public final class CoopProfileViewModel {
    /** The edited fields by column, in form order. */
    public static final List<String> FIELDS = List.of("name_vi", "name_en", "address", "province", "phone", "email",
            "website", "gs1_prefix", "trace_domain", "currency");
    /** The story and colour fields (a {@link CoopBrand}), saved with the profile in the same transaction. */
    public static final List<String> BRAND = List.of("story_vi", "story_en", "brand_colour");

    private final CoopProfileService service;
    private final TaskRunner tasks;
    private final PhotoImport photoImport;
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ObservableMap<String, FieldProblem> problems = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper logoSha256 = new ReadOnlyStringWrapper(this, "logoSha256");
    private final ReadOnlyStringWrapper logoFile = new ReadOnlyStringWrapper(this, "logoFile", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved");
    private final Set<String> touched = new HashSet<>();
    private CoopProfile loaded = CoopProfile.empty();
    private boolean showAll;
    private boolean filling;

    public CoopProfileViewModel(CoopProfileService service, TaskRunner tasks, PhotoImport photoImport) {
        this.service = service;
        this.tasks = tasks;
        this.photoImport = photoImport;
        for (String f : java.util.stream.Stream.concat(FIELDS.stream(), BRAND.stream()).toList()) {
            StringProperty p = new SimpleStringProperty(this, f, "");
            p.addListener((o, a, b) -> {
                if (!filling) {
                    touched.add(f);
                    saved.set(false);
                    recheck();
                }
            });
            fields.put(f, p);
        }
        fill(CoopProfile.empty(), CoopBrand.empty());
    }

    /** Loads the stored profile; {@code whenEmpty} runs (on the FX thread) when there is none yet. */
    public void load(Runnable whenEmpty) {
        tasks.run(BackgroundTask.of("ui.task.loadProfile", w -> new Loaded(service.load(), service.brand())).hidden()
                .onSuccess(l -> {
            if (l.profile().isPresent()) {
                fill(l.profile().get(), l.brand());
            } else {
                whenEmpty.run();
            }
        }));
    }

    private record Loaded(java.util.Optional<CoopProfile> profile, CoopBrand brand) {
    }

    private void fill(CoopProfile p, CoopBrand b) {
        filling = true;
        try {
            loaded = p;
            set("name_vi", p.nameVi());
            set("name_en", p.nameEn());
            set("address", p.address());
            set("province", p.province());
            set("phone", p.phone());
            set("email", p.email());
            set("website", p.website());
            set("gs1_prefix", p.gs1Prefix());
            set("trace_domain", p.traceDomain());
            set("currency", p.currency());
            set("story_vi", b.storyVi());
            set("story_en", b.storyEn());
            set("brand_colour", b.colour());
            logoSha256.set(p.logoSha256());
            touched.clear();
            showAll = false;
        } finally {
            filling = false;
        }
        recheck();
    }

    private void set(String field, String value) {
        fields.get(field).set(value == null ? "" : value);
    }

    public CoopProfile profile() {
        return new CoopProfile(loaded.id(), text("name_vi"), text("name_en"), text("address"), text("province"),
                text("phone"), text("email"), text("website"), logoSha256.get(), text("gs1_prefix"),
                text("trace_domain"), text("currency"));
    }

    public CoopBrand brand() {
        return new CoopBrand(text("story_vi"), text("story_en"), text("brand_colour"));
    }

    private String text(String f) {
        return fields.get(f).get();
    }

    private void recheck() {
        Map<String, FieldProblem> visible = new LinkedHashMap<>();
        List<FieldProblem> all = new java.util.ArrayList<>(CoopProfileValidator.check(profile()));
        all.addAll(brand().problems());
        for (FieldProblem p : all) {
            if (showAll || touched.contains(p.field())) {
                visible.putIfAbsent(p.field(), p);
            }
        }
        problems.keySet().retainAll(visible.keySet());
        problems.putAll(visible);
    }

    /** Checks every field now, as a step of the wizard does before moving on; true when all is well. */
    public boolean checkAll(List<String> which) {
        touched.addAll(which);
        recheck();
        return which.stream().noneMatch(problems::containsKey);
    }

    /** Saves in the background; {@code then} runs with the saved profile. */
    public void save(Consumer<CoopProfile> then) {
        showAll = true;
        recheck();
        if (!problems.isEmpty() || saving.get()) {
            return;
        }
        CoopProfile p = profile();
        CoopBrand b = brand();
        saving.set(true);
        tasks.run(BackgroundTask.of("ui.task.saveProfile", w -> service.save(p, b)).onSuccess(s -> {
            fill(s, b);
            saved.set(true);
            then.accept(s);
        }).onExpected(ValidationException.class, e -> e.problems().forEach(fp -> problems.put(fp.field(), fp)))
                .onFinally(() -> saving.set(false)));
    }

    /** Takes a logo file: into the photo store when there is one, else only its content hash (see {@link CoopLogo}). */
    public void chooseLogo(Path file) {
        tasks.run(BackgroundTask.of("ui.task.logo", w -> photoImport != null ? photoImport.importImage(file)
                : CoopLogo.sha256(file)).onSuccess(sha -> {
                    logoSha256.set(sha);
                    logoFile.set(file.getFileName().toString());
                    saved.set(false);
                }));
    }

    public StringProperty field(String column) {
        return fields.get(column);
    }

    public ObservableMap<String, FieldProblem> problems() {
        return problems;
    }

    public ReadOnlyStringProperty logoSha256Property() {
        return logoSha256.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty logoFileProperty() {
        return logoFile.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True right after a save, until the next edit. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
