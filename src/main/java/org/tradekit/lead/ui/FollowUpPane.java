package org.tradekit.lead.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.lead.Fair;
import org.tradekit.lead.Lead;
import org.tradekit.lead.io.LeadFormat;
import org.tradekit.lead.LeadStatus;
import org.tradekit.ui.common.Choices;

/**
 * The Leads screen's "After the fair" part: the filtered list with its detail and pipeline, the
 * possible duplicates and their merge, the fair's summary charts, and follow-up drafts (.eml files
 * or the mail program). Self-contained: give it its view model and the screen's texts.
 */
public final class FollowUpPane extends BorderPane {
    /** The tab title of this pane in the Leads screen: "After the fair". */
    public static final String TITLE_KEY = "lead.followUp.title";

    /** Where drafts go: a file for one lead, a folder for several (the native choosers; tests put their own). */
    interface TargetChooser {
        Optional<Path> choose(Window owner, List<Lead> leads);
    }

    /** Which file to import: an open dialog in the app, a fixed path in tests. */
    interface ImportChooser {
        Optional<Path> choose(Window owner);
    }

    /** Where an export goes: a save dialog in the app, a fixed path in tests. */
    interface ExportChooser {
        Optional<Path> choose(Window owner, LeadFormat format);
    }

    private final FollowUpViewModel vm;
    private final FollowUpTexts t;
    private final LeadTable table;
    TargetChooser chooser = this::chooseWithDialogs;
    ExportChooser exportChooser = this::chooseExportFile;
    ImportChooser importChooser = this::chooseImportFile;
    private ListChangeListener<FollowUpViewModel.ImportProblem> importShown;

    public FollowUpPane(FollowUpViewModel vm, Messages m, Formats f) {
        this.vm = vm;
        this.t = new FollowUpTexts(m, f);
        setId("followup-pane");
        vm.language(m.locale().getLanguage());
        this.table = new LeadTable(vm, t);
        setTop(filters());
        TabPane tabs = new TabPane(tab("followup-tab-leads", "lead.followUp.tab.leads", leadsPage()),
                tab("followup-tab-duplicates", "lead.followUp.tab.duplicates", new DuplicatesPane(vm, t)),
                tab("followup-tab-summary", "lead.followUp.tab.summary", new SummaryPane(vm, t)));
        tabs.setId("followup-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().get(1).textProperty().bind(Bindings.createStringBinding(() -> t.get("lead.followUp.tab.duplicatesCount",
                vm.duplicates().size()), vm.duplicates()));
        setCenter(tabs);
        Label notice = new Label();
        notice.setId("followup-notice");
        notice.setWrapText(true);
        notice.setPadding(new Insets(4, 8, 4, 8));
        vm.noticeProperty().addListener((o, a, b) -> {
            notice.setText(t.notice(b));
            notice.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            if (b != null) {
                notice.getStyleClass().add(b.error() ? Styles.DANGER : Styles.SUCCESS);
            }
        });
        Label problems = new Label();
        problems.setId("followup-import-problems");
        problems.setWrapText(true);
        problems.setPadding(new Insets(0, 8, 4, 8));
        problems.getStyleClass().add(Styles.DANGER);
        problems.managedProperty().bind(problems.visibleProperty());
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.importProblems()));
        importShown = c -> problems.setText(
                vm.importProblems().stream().limit(20).map(p -> p.column().isEmpty()
                        ? t.get("lead.followUp.importRow", p.row(), t.message(p.problem()))
                        : t.get("lead.followUp.importRowColumn", p.row(), p.column(), t.message(p.problem())))
                        .collect(java.util.stream.Collectors.joining("\n")));
        // weak: the view model outlives this pane (a language switch rebuilds it)
        vm.importProblems().addListener(new javafx.collections.WeakListChangeListener<>(importShown));
        setBottom(new VBox(notice, problems));
        vm.start();
    }

    private Tab tab(String id, String key, javafx.scene.Node content) {
        Tab tab = new Tab(t.get(key), content);
        tab.setId(id);
        return tab;
    }

    private FlowPane filters() {
        ComboBox<String> fair = filter("followup-filter-fair", fairChoices(), this::fairName, vm.fairProperty());
        vm.fairs().addListener((ListChangeListener<Fair>) c -> { // the same fairs read again: keep the one chosen
            List<String> fresh = fairChoices();
            if (!fair.getItems().equals(fresh)) {
                String keep = fair.getValue();
                fair.getItems().setAll(fresh);
                fair.setValue(fresh.contains(keep) ? keep : "");
            }
        });
        ComboBox<String> product = filter("followup-filter-product", vm.productChoices(),
                id -> id.isEmpty() ? t.get("lead.followUp.any") : vm.productName(id), vm.productProperty());
        ComboBox<String> country = filter("followup-filter-country", vm.countryChoices(),
                c -> c.isEmpty() ? t.get("lead.followUp.any") : t.country(c), vm.countryProperty());
        ComboBox<String> rating = filter("followup-filter-rating", javafx.collections.FXCollections.observableArrayList(
                "", "hot", "warm", "cold"), t::rating, vm.ratingProperty());
        List<String> statuses = new ArrayList<>(List.of(""));
        for (LeadStatus s : LeadStatus.values()) {
            statuses.add(s.name().toLowerCase(java.util.Locale.ROOT));
        }
        ComboBox<String> status = filter("followup-filter-status", javafx.collections.FXCollections.observableArrayList(statuses),
                t::statusCode, vm.statusProperty());
        ComboBox<String> staff = filter("followup-filter-staff", vm.staffChoices(),
                s -> s.isEmpty() ? t.get("lead.followUp.any") : s, vm.staffProperty());
        TextField search = new TextField();
        search.setId("followup-search");
        search.setPromptText(t.get("lead.followUp.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        Label count = new Label();
        count.setId("followup-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.totalProperty().get() > vm.leads().size()
                ? t.get("lead.followUp.countPage", vm.leads().size(), vm.totalProperty().get())
                : t.get("lead.followUp.count", vm.totalProperty().get()), vm.leads(), vm.totalProperty()));
        FlowPane bar = new FlowPane(8, 6, labelled("lead.followUp.filter.fair", fair),
                labelled("lead.followUp.filter.product", product), labelled("lead.followUp.filter.country", country),
                labelled("lead.followUp.filter.rating", rating), labelled("lead.followUp.filter.status", status),
                labelled("lead.followUp.filter.staff", staff), search, count);
        bar.setPadding(new Insets(8));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private List<String> fairChoices() {
        List<String> ids = new ArrayList<>(List.of(""));
        vm.fairs().forEach(f -> ids.add(f.id()));
        return ids;
    }

    private String fairName(String id) {
        if (id == null || id.isEmpty()) {
            return t.get("lead.followUp.allFairs");
        }
        return vm.fairs().stream().filter(f -> f.id().equals(id)).map(Fair::name).findFirst().orElse(id);
    }

    private HBox labelled(String key, javafx.scene.Node control) {
        HBox box = new HBox(4, new Label(t.get(key)), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static ComboBox<String> filter(String id, List<String> items, Function<String, String> label,
            javafx.beans.property.StringProperty value) {
        ComboBox<String> box = Choices.combo(id, items, v -> v == null ? "" : label.apply(v));
        if (items instanceof ObservableList<String> live) {
            box.setItems(live); // the fair's choices, refreshed with its summary
        }
        box.valueProperty().bindBidirectional(value);
        box.setPrefWidth(150);
        return box;
    }

    private SplitPane leadsPage() {
        Button write = new Button(t.get("lead.followUp.write"), new FontIcon(Feather.FILE_TEXT));
        write.setId("followup-write");
        write.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        write.setOnAction(e -> {
            List<Lead> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
            chooser.choose(getScene() == null ? null : getScene().getWindow(), chosen)
                    .ifPresent(target -> vm.writeDrafts(chosen, target));
        });
        Button mail = new Button(t.get("lead.followUp.mail"), new FontIcon(Feather.MAIL));
        mail.setId("followup-mail");
        mail.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        mail.setOnAction(e -> vm.openInMail(table.getSelectionModel().getSelectedItem()));
        MenuButton export = new MenuButton(t.get("lead.followUp.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("followup-export");
        for (LeadFormat format : LeadFormat.values()) {
            MenuItem item = new MenuItem(t.get(exportKey(format)));
            item.setId("followup-export-" + format.extension());
            item.setOnAction(e -> exportChooser.choose(getScene() == null ? null : getScene().getWindow(), format)
                    .ifPresent(target -> vm.export(format, target)));
            export.getItems().add(item);
        }
        Button importing = new Button(t.get("lead.followUp.import"), new FontIcon(Feather.UPLOAD));
        importing.setId("followup-import");
        importing.setOnAction(e -> importChooser.choose(getScene() == null ? null : getScene().getWindow())
                .ifPresent(vm::importFile));
        javafx.scene.control.CheckBox attach = new javafx.scene.control.CheckBox(t.get("lead.followUp.attachCatalogue"));
        attach.setId("followup-attach");
        attach.selectedProperty().bindBidirectional(vm.attachCatalogueProperty());
        attach.setVisible(vm.canAttachCatalogue());
        attach.managedProperty().bind(attach.visibleProperty());
        HBox actions = new HBox(8, write, attach, mail, export, importing);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(0, 0, 4, 0));
        VBox left = new VBox(4, actions, table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.ScrollPane detail = new javafx.scene.control.ScrollPane(new LeadDetail(vm, t));
        detail.setFitToWidth(true);
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(0.68);
        return split;
    }

    private Optional<Path> chooseImportFile(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(t.get("lead.followUp.import"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("lead.followUp.importFiles"), "*.csv", "*.CSV",
                "*.vcf", "*.VCF", "*.vcard"));
        return Optional.ofNullable(fc.showOpenDialog(owner)).map(File::toPath);
    }

    private static String exportKey(LeadFormat format) {
        return switch (format) {
            case CSV -> "lead.followUp.export.csv";
            case XLSX -> "lead.followUp.export.xlsx";
            case VCF -> "lead.followUp.export.vcf";
        };
    }

    private Optional<Path> chooseExportFile(Window owner, LeadFormat format) {
        FileChooser fc = new FileChooser();
        fc.setTitle(t.get("lead.followUp.export"));
        fc.setInitialFileName("leads." + format.extension());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get(exportKey(format)),
                "*." + format.extension()));
        return Optional.ofNullable(fc.showSaveDialog(owner)).map(File::toPath);
    }

    /**
     * The Leads screen's "After the fair" tab holding a pane of {@code vm}; selecting the tab reads the
     * store again, so leads captured at the booth meanwhile show up.
     */
    public static Tab tab(FollowUpViewModel vm, Messages m, Formats f) {
        Tab tab = new Tab(m.get(TITLE_KEY), new FollowUpPane(vm, m, f));
        tab.setId("leads-tab-followup");
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                vm.start();
            }
        });
        return tab;
    }

    /** One lead: a save dialog for its .eml; several: a folder for one .eml each. Only the choosing is on the FX thread. */
    private Optional<Path> chooseWithDialogs(Window owner, List<Lead> leads) {
        if (leads.size() == 1) {
            FileChooser fc = new FileChooser();
            fc.setTitle(t.get("lead.followUp.write"));
            fc.setInitialFileName(FollowUpViewModel.name(leads.get(0)).replaceAll("[\\\\/:*?\"<>|]", "-") + ".eml");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("lead.followUp.emlFiles"), "*.eml"));
            File f = fc.showSaveDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        }
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(t.get("lead.followUp.writeMany", leads.size()));
        File d = dc.showDialog(owner);
        return Optional.ofNullable(d).map(File::toPath);
    }
}
