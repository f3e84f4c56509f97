package org.tradekit.lead.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tradekit.lead.Fair;
import org.tradekit.lead.FairQuestions;
import org.tradekit.lead.FairService;
import org.tradekit.lead.LeadException;
import org.tradekit.lead.Question;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * The Fairs tab: the list of fairs, the one being edited (a new one when none is chosen), its
 * qualifying questions, and which fair this device captures for. Tells the booth when the
 * current fair or its questions changed.
 */
public final class FairsViewModel {
    private final FairService fairs;
    private final FairQuestions questions;
    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;
    private final ObservableList<Fair> list = FXCollections.observableArrayList();
    private final ObjectProperty<Fair> editing = new SimpleObjectProperty<>();
    private final ObjectProperty<String> currentId = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty starts = new SimpleStringProperty("");
    private final StringProperty ends = new SimpleStringProperty("");
    private final StringProperty booth = new SimpleStringProperty("");
    private final StringProperty staff = new SimpleStringProperty("");
    private final ObservableList<QuestionDraft> questionDrafts = FXCollections.observableArrayList();
    private final ObjectProperty<Said> notice = new SimpleObjectProperty<>();
    private final ObjectProperty<Said> problem = new SimpleObjectProperty<>();
    private Runnable onBoothChanged = () -> {
    };
    private Locale locale = Locale.US;
    private CountryNames countries = new CountryNames(Locale.US);

    public FairsViewModel(FairService fairs, FairQuestions questions, TaskRunner tasks, Supplier<LocalDate> today) {
        this.fairs = fairs;
        this.questions = questions;
        this.tasks = tasks;
        this.today = today;
    }

    /** Called when the current fair, its staff or its questions changed: the booth reloads. */
    public void onBoothChanged(Runnable action) {
        this.onBoothChanged = action;
    }

    /** The language dates are typed in (the view sets it). */
    public void locale(Locale l) {
        if (!l.equals(locale)) {
            this.locale = l;
            this.countries = new CountryNames(l);
        }
    }

    /** Loads the fairs and the current one; opens the current fair (or the latest) for editing. */
    public void load() {
        record Loaded(List<Fair> fairs, String current) {
        }
        tasks.run(BackgroundTask.of("lead.ui.task.fairs", w -> new Loaded(fairs.all(),
                fairs.current().map(Fair::id).orElse(null))).hidden().onSuccess(l -> {
                    list.setAll(l.fairs());
                    currentId.set(l.current());
                    String keep = editing.get() == null ? l.current() : editing.get().id();
                    l.fairs().stream().filter(f -> f.id().equals(keep)).findFirst()
                            .or(() -> l.fairs().stream().findFirst()).ifPresentOrElse(this::edit, this::newFair);
                }));
    }

    /** Opens a fair for editing, with its questions. */
    public void edit(Fair f) {
        editing.set(f);
        name.set(f.name());
        city.set(nz(f.city()));
        country.set(countries.name(f.country()));
        starts.set(f.starts() == null ? "" : f.starts().toString());
        ends.set(f.ends() == null ? "" : f.ends().toString());
        booth.set(nz(f.booth()));
        staff.set(String.join("\n", f.staff()));
        problem.set(null);
        questionDrafts.clear();
        tasks.run(BackgroundTask.of("lead.ui.task.questions", w -> questions.list(f.id())).hidden()
                .onSuccess(qs -> {
                    if (editing.get() == f) {
                        questionDrafts.setAll(qs.stream().map(QuestionDraft::new).toList());
                    }
                }));
    }

    public void newFair() {
        editing.set(null);
        for (StringProperty p : List.of(name, city, country, starts, ends, booth, staff)) {
            p.set("");
        }
        questionDrafts.clear();
        problem.set(null);
    }

    /** Saves the fair being edited and its questions, one transaction each; the fair first (the questions need it). */
    public void save() {
        Fair draft;
        try {
            draft = draft();
        } catch (LeadException e) {
            problem.set(Said.of(e.key(), e.args()));
            return;
        }
        List<Question> qs = questionDrafts.stream().map(QuestionDraft::question).toList();
        boolean isNew = draft.id() == null;
        tasks.run(BackgroundTask.of("lead.ui.task.saveFair", w -> {
            Fair saved = fairs.save(draft, qs); // the fair and its questions in one transaction
            if (isNew && fairs.current().isEmpty()) {
                fairs.setCurrent(saved.id()); // the first fair is the booth's at once: one step fewer
            }
            return saved;
        }).onSuccess(saved -> {
            problem.set(null);
            notice.set(Said.of("lead.ui.fairs.saved", saved.name()));
            editing.set(saved);
            load();
            onBoothChanged.run();
        }).onExpected(LeadException.class, e -> problem.set(Said.of(e.key(), e.args()))));
    }

    /** Makes the fair being edited the one this device captures leads for. */
    public void makeCurrent() {
        Fair f = editing.get();
        if (f == null) {
            problem.set(Said.of("lead.ui.fairs.saveFirst"));
            return;
        }
        tasks.run(BackgroundTask.of("lead.ui.task.currentFair", w -> {
            fairs.setCurrent(f.id());
            return f;
        }).onSuccess(x -> {
            currentId.set(f.id());
            notice.set(Said.of("lead.ui.fairs.current", f.name()));
            onBoothChanged.run();
        }).onExpected(LeadException.class, e -> problem.set(Said.of(e.key(), e.args()))));
    }

    public void addQuestion() {
        questionDrafts.add(new QuestionDraft(null));
    }

    public void removeQuestion(QuestionDraft q) {
        questionDrafts.remove(q);
    }

    private Fair draft() {
        Fair before = editing.get();
        String c = country.get().strip();
        String code = c.isEmpty() ? null : Optional.ofNullable(countries.resolve(c)).orElse(c);
        return new Fair(before == null ? null : before.id(), name.get(), city.get(), code,
                date(starts.get()), date(ends.get()), booth.get(), Arrays.asList(staff.get().split("\n")));
    }

    private LocalDate date(String text) {
        Optional<LocalDate> d = DateText.parse(text, locale, today.get());
        if (d == null) {
            throw new LeadException("lead.ui.error.date", text.strip());
        }
        return d.orElse(null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<Fair> fairs() {
        return list;
    }

    public ObjectProperty<Fair> editingProperty() {
        return editing;
    }

    public ObjectProperty<String> currentIdProperty() {
        return currentId;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty startsProperty() {
        return starts;
    }

    public StringProperty endsProperty() {
        return ends;
    }

    public StringProperty boothProperty() {
        return booth;
    }

    public StringProperty staffProperty() {
        return staff;
    }

    public ObservableList<QuestionDraft> questions() {
        return questionDrafts;
    }

    public ObjectProperty<Said> noticeProperty() {
        return notice;
    }

    public ObjectProperty<Said> problemProperty() {
        return problem;
    }
}
