package org.tradekit.trace.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.catalog.ValidationException;
import org.tradekit.i18n.LocalizedException;
import org.tradekit.text.Fold;
import org.tradekit.trace.event.Attachment;
import org.tradekit.trace.event.Attachments;
import org.tradekit.trace.event.DocumentType;
import org.tradekit.trace.event.ErrorReason;
import org.tradekit.trace.event.EventDraft;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.EventRecorder;
import org.tradekit.trace.event.Inspection;
import org.tradekit.trace.event.Party;
import org.tradekit.trace.event.PartyType;
import org.tradekit.trace.event.ProcessStep;
import org.tradekit.trace.event.TraceEvent;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.lot.LotRepository;
import org.tradekit.trace.lot.LotRow;
import org.tradekit.trace.lot.LotService;
import org.tradekit.trace.member.Member;
import org.tradekit.trace.member.MemberService;
import org.tradekit.trace.member.Plot;
import org.tradekit.trace.place.Location;
import org.tradekit.trace.place.LocationService;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * Records one event as a user does it: a harvest from a member, a processing step, packing, a
 * shipment, an inspection with its certificate, or an error declaration with its corrective event.
 * Fields are checked here first (problems beside their fields, keyed {@code member},
 * {@code input.0.quantity}, {@code output.0.code}...); the service's refusal (more than a lot
 * holds) is the form's notice, and then nothing was written.
 */
public final class EventFormViewModel {
    /** The events the form records. */
    public static final List<EventKind> KINDS = List.of(EventKind.HARVEST, EventKind.PROCESSING, EventKind.PACKING,
            EventKind.SHIPPING, EventKind.INSPECTION);
    /** The processing steps offered first (every step can be chosen). */
    public static final List<ProcessStep> STEPS = List.of(ProcessStep.values());

    private final EventRecorder recorder;
    private final LotRepository lots;
    private final LotService lotService;
    private final ProductRepository products;
    private final MemberService members;
    private final LocationService locations;
    private final Attachments attachments;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Consumer<String> recorded;

    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>(this, "kind", EventKind.HARVEST);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObservableList<Location> places = FXCollections.observableArrayList();
    private final ObjectProperty<Location> place = new SimpleObjectProperty<>(this, "place");
    private final StringProperty person = new SimpleStringProperty(this, "person", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<Member> memberList = FXCollections.observableArrayList();
    private final ObjectProperty<Member> member = new SimpleObjectProperty<>(this, "member");
    private final ObservableList<Plot> plots = FXCollections.observableArrayList();
    private final ObjectProperty<Plot> plot = new SimpleObjectProperty<>(this, "plot");
    private final ObjectProperty<ProcessStep> step = new SimpleObjectProperty<>(this, "step");
    private final ObservableList<InputLine> inputs = FXCollections.observableArrayList();
    private final ObservableList<OutputLine> outputs = FXCollections.observableArrayList();
    private final ObjectProperty<PartyType> partyType = new SimpleObjectProperty<>(this, "partyType", PartyType.BUYER);
    private final StringProperty partyName = new SimpleStringProperty(this, "partyName", "");
    private final StringProperty invoice = new SimpleStringProperty(this, "invoice", "");
    private final StringProperty despatch = new SimpleStringProperty(this, "despatch", "");
    private final BooleanProperty passed = new SimpleBooleanProperty(this, "passed", true);
    private final ObjectProperty<Path> attachment = new SimpleObjectProperty<>(this, "attachment");
    private final ObjectProperty<TraceEvent> declared = new SimpleObjectProperty<>(this, "declared");
    private final ObjectProperty<ErrorReason> reason = new SimpleObjectProperty<>(this, "reason", ErrorReason.INCORRECT_DATA);
    private final BooleanProperty correct = new SimpleBooleanProperty(this, "correct", true);
    private final ObservableMap<String, FieldProblem> problems = FXCollections.observableHashMap();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final ObjectProperty<BigDecimal> yield = new SimpleObjectProperty<>(this, "yield");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /** @param recorded told the id of the lot to show once an event is recorded */
    public EventFormViewModel(EventRecorder recorder, LotRepository lots, LotService lotService,
            ProductRepository products, MemberService members, LocationService locations, Attachments attachments,
            TaskRunner tasks, Clock clock, Consumer<String> recorded) {
        this.recorder = recorder;
        this.lots = lots;
        this.lotService = lotService;
        this.products = products;
        this.members = members;
        this.locations = locations;
        this.attachments = attachments;
        this.tasks = tasks;
        this.clock = clock;
        this.recorded = recorded;
        date.set(LocalDate.now(clock));
        member.addListener((o, a, m) -> loadPlots(m));
        date.addListener((o, a, d) -> outputs.forEach(this::suggestCode));
        ListChangeListener<Object> recompute = c -> updateYield();
        inputs.addListener(recompute);
        outputs.addListener(recompute);
    }

    /** A fresh form for this kind of event (place, person and day stay: the next event is often alike). */
    public void start(EventKind k) {
        declared.set(null);
        reset(k);
    }

    /** Declares a recorded event wrong; the form below it records the corrective event when there is one. */
    public void declare(TraceEvent event) {
        EventKind k = KINDS.contains(event.kind()) ? event.kind() : EventKind.HARVEST;
        reset(k);
        declared.set(event);
        reason.set(ErrorReason.INCORRECT_DATA);
        correct.set(KINDS.contains(event.kind()));
    }

    private void reset(EventKind k) {
        kind.set(k);
        problems.clear();
        notice.set(null);
        member.set(null);
        plot.set(null);
        step.set(k == EventKind.PROCESSING ? ProcessStep.DRYING : null);
        inputs.clear();
        outputs.clear();
        partyName.set("");
        invoice.set("");
        despatch.set("");
        passed.set(true);
        attachment.set(null);
        notes.set("");
        if (k != EventKind.HARVEST) {
            addInput();
        }
        if (k.makesLots()) {
            addOutput();
        }
        if (k == EventKind.PACKING) {
            outputs.get(0).unitProperty().set("pcs");
        }
        refreshLists();
    }

    /** Members and places again (one may have been added meanwhile). */
    public void refreshLists() {
        tasks.run(BackgroundTask.of("trace.ui.task.lists", w -> new Object[] {members.list(), locations.list()}).hidden()
                .onSuccess(r -> {
                    @SuppressWarnings("unchecked")
                    List<Member> m = (List<Member>) r[0];
                    @SuppressWarnings("unchecked")
                    List<Location> l = (List<Location>) r[1];
                    Member chosen = member.get();
                    Location at = place.get();
                    memberList.setAll(m);
                    places.setAll(l);
                    member.set(chosen == null ? null : m.stream().filter(x -> x.id().equals(chosen.id())).findFirst().orElse(null));
                    place.set(at == null ? null : l.stream().filter(x -> x.id().equals(at.id())).findFirst().orElse(null));
                }));
    }

    private void loadPlots(Member m) {
        plot.set(null);
        plots.clear();
        if (m == null || m.id() == null) {
            return;
        }
        tasks.run(BackgroundTask.of("trace.ui.task.lists", w -> members.plots(m.id())).hidden().onSuccess(found -> {
            if (member.get() == m) {
                plots.setAll(found);
                if (found.size() == 1) {
                    plot.set(found.get(0));
                }
            }
        }));
    }

    public InputLine addInput() {
        InputLine line = new InputLine();
        line.codeProperty().addListener((o, a, code) -> findLot(line, code));
        line.quantityProperty().addListener((o, a, b) -> updateYield());
        line.lotProperty().addListener((o, a, b) -> updateYield());
        inputs.add(line);
        return line;
    }

    public OutputLine addOutput() {
        OutputLine line = new OutputLine();
        line.skuProperty().addListener((o, a, sku) -> findProduct(line, sku));
        line.quantityProperty().addListener((o, a, b) -> updateYield());
        line.unitProperty().addListener((o, a, b) -> updateYield());
        outputs.add(line);
        return line;
    }

    public void removeInput(InputLine line) {
        inputs.remove(line);
    }

    public void removeOutput(OutputLine line) {
        outputs.remove(line);
    }

    private void findLot(InputLine line, String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            line.lotProperty().set(null);
            return;
        }
        tasks.run(BackgroundTask.of("trace.ui.task.search", w -> lots.withCode(c)).hidden().onSuccess(found -> {
            if (c.equals(line.codeProperty().get().strip())) { // the latest text wins
                line.lotProperty().set(found.isEmpty() ? null : found.get(0));
            }
        }));
    }

    private void findProduct(OutputLine line, String sku) {
        String s = Fold.clean(sku);
        if (s == null) {
            line.productProperty().set(null);
            return;
        }
        tasks.run(BackgroundTask.of("trace.ui.task.search", w -> products.idBySku(s).flatMap(products::find)).hidden()
                .onSuccess(p -> {
                    if (s.equals(Fold.clean(line.skuProperty().get()))) {
                        line.productProperty().set(p.orElse(null));
                        suggestCode(line);
                    }
                }));
    }

    /** The pattern's code for the line's product on the form's day, unless the user typed their own. */
    private void suggestCode(OutputLine line) {
        Product p = line.productProperty().get();
        LocalDate day = date.get();
        if (p == null || day == null || !line.codeIsSuggestion()) {
            return;
        }
        OutputLine first = outputs.stream().filter(o -> o.productProperty().get() != null
                && o.productProperty().get().id().equals(p.id())).findFirst().orElse(null);
        if (first != line) {
            return; // a second lot of the same product: left blank, the pattern numbers it when recorded
        }
        tasks.run(BackgroundTask.of("trace.ui.task.search", w -> lotService.suggestCode(p.id(), day)).hidden()
                .onSuccess(code -> {
                    if (line.codeIsSuggestion()) {
                        line.suggested = code;
                        line.codeProperty().set(code);
                    }
                }));
    }

    /** Outputs over inputs when all are in one unit (100 kg of fresh leaves made 22 kg: 22 %). */
    private void updateYield() {
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal out = BigDecimal.ZERO;
        String unit = null;
        for (InputLine l : inputs) {
            BigDecimal q = Quantity.parse(l.quantityProperty().get());
            LotRow lot = l.lotProperty().get();
            if (q == null || lot == null || (unit != null && !unit.equals(lot.unit()))) {
                yield.set(null);
                return;
            }
            unit = lot.unit();
            in = in.add(q);
        }
        for (OutputLine l : outputs) {
            BigDecimal q = Quantity.parse(l.quantityProperty().get());
            if (q == null || unit == null || !unit.equals(Fold.clean(l.unitProperty().get()))) {
                yield.set(null);
                return;
            }
            out = out.add(q);
        }
        yield.set(in.signum() == 0 || outputs.isEmpty() ? null : out.divide(in, 4, RoundingMode.HALF_UP));
    }

    /** Checks the form and records the event in the background; problems go beside their fields. */
    public void save() {
        if (busy.get()) {
            return;
        }
        problems.clear();
        notice.set(null);
        EventKind k = kind.get();
        TraceEvent wrong = declared.get();
        boolean withEvent = wrong == null || (correct.get() && reason.get() == ErrorReason.INCORRECT_DATA);
        List<FieldProblem> found = new ArrayList<>();
        if (date.get() == null) {
            found.add(FieldProblem.of("date", "trace.error.timeRequired"));
        }
        if (withEvent) {
            check(k, found);
        }
        if (!found.isEmpty()) {
            found.forEach(p -> problems.putIfAbsent(p.field(), p));
            return;
        }
        OffsetDateTime time = time();
        Path file = attachment.get();
        String who = Fold.clean(person.get());
        String text = Fold.clean(notes.get());
        busy.set(true);
        tasks.run(BackgroundTask.of("trace.ui.task.record", w -> {
            Attachment stored = withEvent && k == EventKind.INSPECTION && file != null ? attachments.store(file) : null;
            List<EventDraft> drafts = withEvent ? List.of(draft(k, time, who, text, stored)) : List.of();
            if (wrong == null) {
                return List.of(recorder.record(drafts.get(0)));
            }
            List<TraceEvent> done = recorder.declareError(wrong.id(), reason.get(), time, who, text, drafts);
            return done.subList(done.size() > 1 ? 1 : 0, done.size());
        }).onSuccess(done -> {
            TraceEvent e = done.get(0);
            String lotId = lotToShow(e, wrong);
            declared.set(null);
            reset(k); // ready for the next one, which is often alike
            notice.set(Notice.done(wrong == null ? "trace.ui.form.recorded" : "trace.ui.form.declared", e.kind()));
            recorded.accept(lotId);
        }).onExpected(ValidationException.class, e -> placeProblems(e.problems()))
                .onExpected(LocalizedException.class, e -> {
                    if (e.key().startsWith("trace.error.attachment")) {
                        problems.put("attachment", FieldProblem.of("attachment", e.key(), e.args()));
                    } else {
                        notice.set(Notice.failed(e));
                    }
                }).onFinally(() -> busy.set(false)));
    }

    private static String lotToShow(TraceEvent e, TraceEvent wrong) {
        if (!e.body().outputs().isEmpty()) {
            return e.body().outputs().get(0).lot();
        }
        if (!e.body().inputs().isEmpty()) {
            return e.body().inputs().get(0).lot();
        }
        if (!e.body().observed().isEmpty()) {
            return e.body().observed().get(0).lot();
        }
        TraceEvent w = wrong == null ? e : wrong;
        return !w.body().inputs().isEmpty() ? w.body().inputs().get(0).lot()
                : !w.body().outputs().isEmpty() ? w.body().outputs().get(0).lot() : null;
    }

    /** A lot's own rules broken (its code taken...): beside the output line when there is one line. */
    private void placeProblems(List<FieldProblem> list) {
        for (FieldProblem p : list) {
            String field = outputs.size() == 1 && List.of("code", "unit", "product_id").contains(p.field())
                    ? "output.0." + (p.field().equals("product_id") ? "sku" : p.field())
                    : p.field();
            problems.putIfAbsent(field, FieldProblem.of(field, p.key(), p.argArray()));
        }
        if (problems.keySet().stream().noneMatch(f -> f.startsWith("output.") || f.equals("date"))) {
            FieldProblem first = list.get(0);
            notice.set(new Notice(true, first.key(), first.args()));
        }
    }

    private void check(EventKind k, List<FieldProblem> found) {
        if (k == EventKind.HARVEST && member.get() == null) {
            found.add(FieldProblem.of("member", "trace.error.memberRequired"));
        }
        if (k == EventKind.PROCESSING && step.get() == null) {
            found.add(FieldProblem.of("step", "trace.error.stepRequired"));
        }
        if (k == EventKind.SHIPPING && Fold.clean(partyName.get()) == null) {
            found.add(FieldProblem.of("party", "trace.error.destinationRequired"));
        }
        if (k != EventKind.HARVEST) {
            List<InputLine> used = inputs.stream().filter(l -> !l.codeProperty().get().isBlank()).toList();
            if (used.isEmpty()) {
                found.add(FieldProblem.of("input.0.code", k == EventKind.INSPECTION ? "trace.error.lotsRequired"
                        : "trace.error.inputsRequired"));
            }
            for (int i = 0; i < inputs.size(); i++) {
                InputLine l = inputs.get(i);
                if (l.codeProperty().get().isBlank()) {
                    continue;
                }
                if (l.lotProperty().get() == null) {
                    found.add(FieldProblem.of("input." + i + ".code", "trace.ui.form.lotUnknown", l.codeProperty().get().strip()));
                }
                String qty = l.quantityProperty().get();
                if (k != EventKind.INSPECTION || !qty.isBlank()) {
                    quantity(qty, "input." + i + ".quantity", found);
                }
            }
        }
        if (k.makesLots()) {
            if (outputs.isEmpty()) {
                found.add(FieldProblem.of("output.0.sku", "trace.error.outputsRequired"));
            }
            for (int i = 0; i < outputs.size(); i++) {
                OutputLine l = outputs.get(i);
                if (l.productProperty().get() == null) {
                    found.add(FieldProblem.of("output." + i + ".sku", Fold.clean(l.skuProperty().get()) == null
                            ? "trace.lot.error.productMissing" : "trace.ui.form.productUnknown", l.skuProperty().get()));
                }
                quantity(l.quantityProperty().get(), "output." + i + ".quantity", found);
                if (Fold.clean(l.unitProperty().get()) == null) {
                    found.add(FieldProblem.of("output." + i + ".unit", "trace.lot.error.unitRequired"));
                }
                String code = l.codeProperty().get() == null ? "" : l.codeProperty().get().strip();
                String codeField = "output." + i + ".code";
                if (!code.isEmpty()) {
                    org.tradekit.trace.lot.LotCode.problem(code)
                            .ifPresent(p -> found.add(FieldProblem.of(codeField, p.key(), p.argArray())));
                }
            }
        }
    }

    private static void quantity(String text, String field, List<FieldProblem> found) {
        BigDecimal q = Quantity.parse(text);
        if (q == null) {
            found.add(FieldProblem.of(field, text == null || text.isBlank() ? "trace.ui.form.quantityRequired"
                    : "trace.ui.form.quantityNumber", text));
        } else if (q.signum() <= 0) {
            found.add(FieldProblem.of(field, "trace.error.quantityPositive"));
        }
    }

    /** Today's events at the current time of day; an earlier day's at noon (the hour is rarely known). */
    private OffsetDateTime time() {
        LocalDate day = date.get();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalTime at = day.equals(now.toLocalDate()) ? now.toLocalTime() : LocalTime.NOON;
        return day.atTime(at).atZone(clock.getZone()).toOffsetDateTime();
    }

    private EventDraft draft(EventKind k, OffsetDateTime time, String who, String text, Attachment stored) {
        EventDraft d = EventDraft.of(k, time).by(who).note(text);
        if (place.get() != null) {
            d = d.at(place.get().id());
        }
        if (k == EventKind.PROCESSING) {
            d = d.step(step.get());
        }
        for (InputLine l : inputs) {
            if (l.lotProperty().get() == null) {
                continue;
            }
            BigDecimal q = Quantity.parse(l.quantityProperty().get());
            d = k == EventKind.INSPECTION ? d.observe(l.lotProperty().get().id(), q) : d.take(l.lotProperty().get().id(), q);
        }
        if (k.makesLots()) {
            for (OutputLine l : outputs) {
                String code = l.codeProperty().get() == null || l.codeProperty().get().isBlank() ? null
                        : l.codeProperty().get().strip();
                Lot lot = Lot.of(l.productProperty().get().id(), Fold.clean(l.unitProperty().get()), date.get())
                        .withCode(code);
                if (k == EventKind.HARVEST) {
                    lot = lot.withOrigin(member.get().id(), plot.get() == null ? null : plot.get().id());
                }
                d = d.make(lot, Quantity.parse(l.quantityProperty().get()));
            }
        }
        if (k == EventKind.HARVEST) {
            d = d.from(new Party(PartyType.MEMBER.code(), member.get().name(), member.get().id()));
        }
        if (k == EventKind.SHIPPING) {
            d = d.to(Party.of(partyType.get(), Fold.clean(partyName.get())));
        }
        if (Fold.clean(invoice.get()) != null) {
            d = d.document(DocumentType.INVOICE, Fold.clean(invoice.get()));
        }
        if (Fold.clean(despatch.get()) != null) {
            d = d.document(k == EventKind.INSPECTION ? DocumentType.CERTIFICATE : DocumentType.DESPATCH_ADVICE,
                    Fold.clean(despatch.get()));
        }
        if (k == EventKind.INSPECTION) {
            d = d.result(Inspection.of(passed.get(), List.of()));
            if (stored != null) {
                d = d.attach(stored);
            }
        }
        return d;
    }

    public ObjectProperty<EventKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObservableList<Location> places() {
        return places;
    }

    public ObjectProperty<Location> placeProperty() {
        return place;
    }

    public StringProperty personProperty() {
        return person;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<Member> members() {
        return memberList;
    }

    public ObjectProperty<Member> memberProperty() {
        return member;
    }

    public ObservableList<Plot> plots() {
        return plots;
    }

    public ObjectProperty<Plot> plotProperty() {
        return plot;
    }

    public ObjectProperty<ProcessStep> stepProperty() {
        return step;
    }

    public ObservableList<InputLine> inputs() {
        return inputs;
    }

    public ObservableList<OutputLine> outputs() {
        return outputs;
    }

    public ObjectProperty<PartyType> partyTypeProperty() {
        return partyType;
    }

    public StringProperty partyNameProperty() {
        return partyName;
    }

    public StringProperty invoiceProperty() {
        return invoice;
    }

    /** The delivery note's number (a shipment) or the certificate's (an inspection). */
    public StringProperty despatchProperty() {
        return despatch;
    }

    public BooleanProperty passedProperty() {
        return passed;
    }

    public ObjectProperty<Path> attachmentProperty() {
        return attachment;
    }

    public ObjectProperty<TraceEvent> declaredProperty() {
        return declared;
    }

    public ObjectProperty<ErrorReason> reasonProperty() {
        return reason;
    }

    public BooleanProperty correctProperty() {
        return correct;
    }

    public ObservableMap<String, FieldProblem> problems() {
        return problems;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public ObjectProperty<BigDecimal> yieldProperty() {
        return yield;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
