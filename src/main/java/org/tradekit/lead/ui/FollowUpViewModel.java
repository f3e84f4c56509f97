package org.tradekit.lead.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.tradekit.i18n.LocalizedException;
import org.tradekit.lead.DuplicateGroup;
import org.tradekit.lead.Fair;
import org.tradekit.lead.FairService;
import org.tradekit.lead.FairSummary;
import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadFilter;
import org.tradekit.lead.LeadFollowUp;
import org.tradekit.lead.LeadRepository;
import org.tradekit.lead.LeadStatus;
import org.tradekit.lead.MailtoLinks;
import org.tradekit.lead.MergedCapture;
import org.tradekit.lead.io.LeadExporter;
import org.tradekit.lead.io.LeadFormat;
import org.tradekit.lead.io.LeadImporter;
import org.tradekit.brochure.BrochureService;
import org.tradekit.brochure.FollowUpBrochures;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * After the fair: the filtered list of leads, one lead's detail with the captures merged into it,
 * the pipeline status, the possible duplicates and their merge, the fair's summary, and follow-up
 * drafts. Every service call runs through the {@link TaskRunner}; filters are codes, "" for any.
 */
public final class FollowUpViewModel {
    /** More than any fair brings; the table is virtualised. */
    static final int PAGE = LeadRepository.LIST_PAGE;
    /** Every product asked for, for the product filter; the chart shows the top ones. */
    static final int ALL_PRODUCTS = 10_000;
    static final int TOP_PRODUCTS = 10;

    private final FairService fairs;
    private final LeadRepository repository;
    private final LeadFollowUp followUp;
    private final TaskRunner tasks;
    private final LinkOpener mail;
    private final LeadExporter exporter;
    private final LeadImporter importer;
    private final BrochureService brochures;
    private final javafx.beans.property.BooleanProperty attachCatalogue = new javafx.beans.property.SimpleBooleanProperty();
    private final ObservableList<ImportProblem> importProblems = FXCollections.observableArrayList();

    private final ObservableList<Fair> fairList = FXCollections.observableArrayList();
    private final StringProperty fair = new SimpleStringProperty("");
    private final StringProperty product = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty rating = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty staff = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Lead> leads = FXCollections.observableArrayList();
    private final FilteredList<Lead> shown = new FilteredList<>(leads);
    private final javafx.beans.property.LongProperty total = new javafx.beans.property.SimpleLongProperty();
    private final ObjectProperty<FairSummary> summary = new SimpleObjectProperty<>();
    private final ObservableList<String> productChoices = FXCollections.observableArrayList("");
    private final ObservableList<String> countryChoices = FXCollections.observableArrayList("");
    private final ObservableList<String> staffChoices = FXCollections.observableArrayList("");
    private final Map<String, String> productNames = new HashMap<>();
    private final ObjectProperty<Lead> selected = new SimpleObjectProperty<>();
    private final ObservableList<MergedCapture> merges = FXCollections.observableArrayList();
    private final ObservableList<DuplicateGroup> duplicates = FXCollections.observableArrayList();
    private final ObjectProperty<FollowUpNotice> notice = new SimpleObjectProperty<>();
    private String language = "en";
    private long loads;
    private boolean switchingFair;

    /** As the app builds it (Workbench): the context's services, the system's mail program. */
    public FollowUpViewModel(org.tradekit.app.AppContext app, TaskRunner tasks) {
        this(app.fairs(), app.leadRepository(), app.leadFollowUp(), new Files(app.leadExporter(), app.leadImporter(),
                app.brochures()), tasks, LinkOpener.system());
    }

    /** Where leads go out to and come in from, and the brochures follow-ups carry (null: none). */
    public record Files(LeadExporter exporter, LeadImporter importer, BrochureService brochures) {
        public Files(LeadExporter exporter, LeadImporter importer) {
            this(exporter, importer, null);
        }
    }

    /** A row or card of an imported file that was refused: where, and why. */
    public record ImportProblem(int row, String column, LocalizedException problem) {
    }

    public FollowUpViewModel(FairService fairs, LeadRepository repository, LeadFollowUp followUp, Files files,
            TaskRunner tasks, LinkOpener mail) {
        this.exporter = files.exporter();
        this.brochures = files.brochures();
        this.importer = files.importer();
        this.fairs = fairs;
        this.repository = repository;
        this.followUp = followUp;
        this.tasks = tasks;
        this.mail = mail;
        for (StringProperty p : List.of(product, country, rating, status, staff)) {
            p.addListener((o, a, b) -> {
                if (!switchingFair) {
                    load();
                }
            });
        }
        fair.addListener((o, a, b) -> {
            switchingFair = true; // one load for the new fair, not one per filter cleared
            try {
                product.set(""); // the choices are the fair's
                country.set("");
                staff.set("");
            } finally {
                switchingFair = false;
            }
            load();
            loadSummary();
            loadDuplicates();
        });
        search.addListener((o, a, b) -> load());
        selected.addListener((o, a, b) -> loadMerges());
    }

    /** The language product names are shown in (vi, else English); the view sets it. */
    public void language(String lang) {
        this.language = "vi".equals(lang) ? "vi" : "en";
    }

    /** Loads the fairs, the list, the summary and the duplicates (the current fair's, else every fair's). */
    public void start() {
        tasks.run(BackgroundTask.of("lead.followUp.task.loading", w -> fairs.all()).hidden().onSuccess(list -> {
            fairList.setAll(list);
            load();
            loadSummary();
            loadDuplicates();
        }));
    }

    /**
     * Reads the list again with the current filters and search text, the newest {@value #PAGE} of them and how
     * many match (a list of 50,000 would take a second to read; the filters narrow it); the latest load wins.
     */
    public void load() {
        long mine = ++loads;
        LeadFilter f = new LeadFilter(code(fair), code(product), code(country), code(rating), code(status), code(staff));
        String text = search.get();
        tasks.run(BackgroundTask.of("lead.followUp.task.loading", w -> repository.page(f, text, PAGE)).hidden()
                .onSuccess(page -> {
                    if (mine != loads) {
                        return;
                    }
                    String keep = selected.get() == null ? null : selected.get().id();
                    leads.setAll(page.leads());
                    total.set(page.total());
                    selected.set(keep == null ? null : leads.stream().filter(l -> l.id().equals(keep)).findFirst().orElse(null));
                }));
    }

    /** The fair's figures and, from them, the choices of the product, country and staff filters. */
    public void loadSummary() {
        String f = code(fair);
        String lang = language;
        tasks.run(BackgroundTask.of("lead.followUp.task.summary", w -> followUp.summaries().summary(f, ALL_PRODUCTS, lang))
                .hidden().onSuccess(s -> {
                    productNames.clear();
                    s.perProduct().forEach(c -> productNames.put(c.key(), c.label()));
                    refill(productChoices, choices(s.perProduct(), product.get()), product);
                    refill(countryChoices, choices(s.perCountry(), country.get()), country);
                    refill(staffChoices, choices(s.perStaff(), staff.get()), staff);
                    summary.set(s);
                }));
    }

    /**
     * New choices for a filter, the one chosen kept: a combo box whose items are replaced drops its value, and
     * a status changed in the list must not clear the country or staff filter (nor reload the list meanwhile).
     */
    private void refill(ObservableList<String> choices, List<String> fresh, StringProperty chosen) {
        if (choices.equals(fresh)) {
            return;
        }
        String keep = chosen.get();
        boolean was = switchingFair;
        switchingFair = true;
        try {
            choices.setAll(fresh);
            chosen.set(keep);
        } finally {
            switchingFair = was;
        }
    }

    public void loadDuplicates() {
        String f = code(fair);
        tasks.run(BackgroundTask.of("lead.followUp.task.duplicates", w -> followUp.merges().duplicateGroups(f)).hidden()
                .onSuccess(duplicates::setAll));
    }

    private void loadMerges() {
        Lead l = selected.get();
        if (l == null) {
            merges.clear();
            return;
        }
        tasks.run(BackgroundTask.of("lead.followUp.task.loading", w -> followUp.merges().mergesOf(l.id())).hidden()
                .onSuccess(list -> {
                    if (selected.get() == l) {
                        merges.setAll(list);
                    }
                }));
    }

    /** Moves a lead along the pipeline; the list shows the new status at once. */
    public void setStatus(Lead lead, LeadStatus to) {
        edit(lead, id -> followUp.pipeline().setStatus(id, to));
    }

    public void setFollowUp(Lead lead, java.time.LocalDate date) {
        edit(lead, id -> followUp.pipeline().setFollowUp(id, date));
    }

    /** "" chooses the language from the country again. */
    public void setLang(Lead lead, String lang) {
        edit(lead, id -> followUp.pipeline().setLang(id, lang));
    }

    /** One pipeline change, then the lead read again into the list (and the status counts again). */
    private void edit(Lead lead, java.util.function.Consumer<String> change) {
        tasks.run(BackgroundTask.of("lead.followUp.task.status", w -> {
            change.accept(lead.id());
            return repository.find(lead.id()).orElse(null);
        }).onSuccess(this::replace).onExpected(LocalizedException.class, this::failed).onFinally(this::loadSummary));
    }

    /** Merges the group's other captures into {@code keep}, in one transaction, then reads everything again. */
    public void merge(DuplicateGroup group, Lead keep) {
        List<String> others = group.leads().stream().map(Lead::id).filter(id -> !id.equals(keep.id())).toList();
        tasks.run(BackgroundTask.of("lead.followUp.task.merge", w -> followUp.merges().mergeAll(keep.id(), others))
                .onSuccess(done -> {
                    notice.set(new FollowUpNotice("lead.followUp.merged", false, done.size(), name(keep)));
                    load();
                    loadSummary();
                    loadDuplicates();
                    loadMerges();
                }).onExpected(LocalizedException.class, this::failed));
    }

    /**
     * Writes follow-up drafts as .eml: one lead to {@code target} as a file, several into {@code target}
     * as a folder (one file each).
     */
    public void writeDrafts(List<Lead> chosen, Path target) {
        if (chosen.isEmpty()) {
            return;
        }
        List<String> ids = chosen.stream().map(Lead::id).toList();
        boolean attach = attachCatalogue.get() && brochures != null;
        tasks.run(BackgroundTask.of("lead.followUp.task.writing", w -> {
            // the catalogue in each buyer's language goes beside the drafts, made once per language
            FollowUpBrochures catalogues = attach ? new FollowUpBrochures(brochures, ids.size() == 1
                    ? target.toAbsolutePath().getParent() : target) : null;
            if (attach && ids.size() > 1) {
                java.nio.file.Files.createDirectories(target);
            }
            if (ids.size() == 1) {
                var draft = followUp.drafts().draft(ids.get(0));
                followUp.eml().write(draft, attach ? catalogues.catalogue(draft.lang(), w) : null, target);
                return List.of(target);
            }
            return followUp.eml().writeAll(ids, target, attach ? lang -> catalogues.catalogue(lang, w) : lang -> null, w);
        }).onSuccess(files -> notice.set(new FollowUpNotice("lead.followUp.written", false, files.size(), target)))
                .onExpected(LocalizedException.class, this::failed));
    }

    /**
     * Exports the leads the list shows (its filters and search text, all of them, not only the page shown)
     * to {@code target} as CSV, XLSX or vCard 4.0, in the background with progress and cancel.
     */
    public void export(LeadFormat format, Path target) {
        LeadFilter f = new LeadFilter(code(fair), code(product), code(country), code(rating), code(status), code(staff));
        String text = search.get();
        tasks.run(BackgroundTask.of("lead.followUp.task.exporting", w -> exporter.export(format, target, f, text, w))
                .onSuccess(n -> notice.set(new FollowUpNotice("lead.followUp.exported", false, n, target)))
                .onCancelled(() -> notice.set(new FollowUpNotice("lead.followUp.exportCancelled", true)))
                .onExpected(LocalizedException.class, this::failed));
    }

    /**
     * Imports a CSV or vCard file another device exported, into the fair the filter shows (else the fair
     * each row names), in the background; rows without consent are refused and listed, nothing is guessed.
     * Importing the same file twice adds nothing (decision 0028).
     */
    public void importFile(Path file) {
        String fairId = code(fair);
        importProblems.clear();
        tasks.run(BackgroundTask.of("lead.followUp.task.importing", w -> {
            List<ImportProblem> refused = new ArrayList<>();
            LeadImporter.Summary s = importer.importFile(file, fairId, null, o -> {
                if (o.problem() != null) {
                    refused.add(new ImportProblem(o.row(), o.column() == null ? "" : o.column().header(), o.problem()));
                }
            }, w);
            return new Imported(s, refused);
        }).onSuccess(r -> {
            importProblems.setAll(r.refused());
            notice.set(new FollowUpNotice("lead.followUp.imported", !r.refused().isEmpty(), r.summary().saved(),
                    r.summary().alreadyThere(), r.summary().refused(), file.getFileName().toString()));
            start();
        }).onExpected(LocalizedException.class, this::failed));
    }

    private record Imported(LeadImporter.Summary summary, List<ImportProblem> refused) {
    }

    /** The refused rows of the last import (empty when all went in). */
    public ObservableList<ImportProblem> importProblems() {
        return importProblems;
    }

    /** Opens the draft to one lead in the mail program as a mailto: link. */
    public void openInMail(Lead lead) {
        tasks.run(BackgroundTask.of("lead.followUp.task.mail", w -> mail.open(MailtoLinks.of(followUp.drafts()
                .draft(lead.id())))).onSuccess(opened -> notice.set(opened ? new FollowUpNotice("lead.followUp.opened",
                        false, name(lead)) : new FollowUpNotice("lead.followUp.noMailProgram", true)))
                .onExpected(LocalizedException.class, this::failed));
    }

    private void replace(Lead fresh) {
        if (fresh == null) {
            return;
        }
        for (int i = 0; i < leads.size(); i++) {
            if (leads.get(i).id().equals(fresh.id())) {
                boolean wasSelected = selected.get() != null && selected.get().id().equals(fresh.id());
                leads.set(i, fresh);
                if (wasSelected) {
                    selected.set(fresh);
                }
                return;
            }
        }
    }

    private void failed(LocalizedException e) {
        notice.set(new FollowUpNotice(e.key(), true, e.args()));
    }

    private static List<String> choices(List<FairSummary.Count> counts, String current) {
        List<String> out = new ArrayList<>();
        out.add("");
        counts.stream().map(FairSummary.Count::key).filter(k -> k != null).forEach(out::add);
        if (current != null && !current.isEmpty() && !out.contains(current)) {
            out.add(current); // a filter in use stays choosable
        }
        return out;
    }

    static String name(Lead l) {
        String n = l.fields().name() != null ? l.fields().name() : l.fields().email();
        return n != null ? n : l.fields().phoneRaw() != null ? l.fields().phoneRaw() : "";
    }

    private static String code(StringProperty p) {
        return p.get() == null || p.get().isEmpty() ? null : p.get();
    }

    /** A product's name in the list's language, its id when the summary does not know it yet. */
    public String productName(String id) {
        return productNames.getOrDefault(id, id);
    }

    public ObservableList<Fair> fairs() {
        return fairList;
    }

    public StringProperty fairProperty() {
        return fair;
    }

    public StringProperty productProperty() {
        return product;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty ratingProperty() {
        return rating;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty staffProperty() {
        return staff;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The leads the filters and the search text let through, newest first (at most {@value #PAGE}). */
    public ObservableList<Lead> leads() {
        return shown;
    }

    /** Whether follow-up drafts carry the catalogue in the buyer's language (made beside them). */
    public javafx.beans.property.BooleanProperty attachCatalogueProperty() {
        return attachCatalogue;
    }

    /** Whether there is a brochure maker to attach catalogues with. */
    public boolean canAttachCatalogue() {
        return brochures != null;
    }

    /** How many leads the filters and the search text let through in all. */
    public javafx.beans.property.ReadOnlyLongProperty totalProperty() {
        return total;
    }

    public ObservableList<String> productChoices() {
        return productChoices;
    }

    public ObservableList<String> countryChoices() {
        return countryChoices;
    }

    public ObservableList<String> staffChoices() {
        return staffChoices;
    }

    public ObjectProperty<FairSummary> summaryProperty() {
        return summary;
    }

    public ObjectProperty<Lead> selectedProperty() {
        return selected;
    }

    /** The captures merged into the selected lead. */
    public ObservableList<MergedCapture> merges() {
        return merges;
    }

    public ObservableList<DuplicateGroup> duplicates() {
        return duplicates;
    }

    public ObjectProperty<FollowUpNotice> noticeProperty() {
        return notice;
    }
}
