package org.tradekit.brochure.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tradekit.brochure.BrochureRequest;
import org.tradekit.brochure.BrochureResult;
import org.tradekit.brochure.BrochureService;
import org.tradekit.brochure.BrochureType;
import org.tradekit.brochure.BrochureWarning;
import org.tradekit.brochure.DocumentLanguage;
import org.tradekit.brochure.GridLayout;
import org.tradekit.brochure.Paper;
import org.tradekit.brochure.Preflight;
import org.tradekit.brochure.Theme;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.catalog.ProductStatus;
import org.tradekit.i18n.LocalizedException;
import org.tradekit.lead.Fair;
import org.tradekit.lead.FairService;
import org.tradekit.print.preview.PdfPreview;
import org.tradekit.trace.ui.Notice;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.RunningTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * The Brochures screen's state, a wizard on one page: type, products, document language, layout,
 * paper, theme, fair and prices. Generate first checks the request with the engine: products
 * without text in the language are listed and the user goes on or goes back. The brochure is then
 * made in the background into a preview file (progress, cancel), whose real pages are rendered one
 * at a time. Save writes the same request through the engine to the chosen file, atomically;
 * Print sends the previewed file to a printer.
 */
public final class BrochuresViewModel {
    /** Where the wizard is: choosing, asked to go on without some translations, or with a preview. */
    public enum Stage {
        CHOOSING, CONFIRM_MISSING, PREVIEW
    }

    /** Long side of a preview page in pixels: sharp enough to read, light enough to render in a blink. */
    static final int PREVIEW_PX = 1100;

    private final BrochureService brochures;
    private final ProductRepository products;
    private final FairService fairs;
    private final BrochurePrinting printing;
    private final TaskRunner tasks;
    private final ObjectProperty<BrochureType> type = new SimpleObjectProperty<>(this, "type", BrochureType.CATALOGUE);
    private final ObjectProperty<DocumentLanguage> language = new SimpleObjectProperty<>(this, "language", DocumentLanguage.EN);
    private final BooleanProperty allProducts = new SimpleBooleanProperty(this, "allProducts", true);
    private final ObservableList<ProductChoice> productList = FXCollections.observableArrayList(
            p -> new Observable[] {p.chosenProperty()});
    private final StringProperty productQuery = new SimpleStringProperty(this, "productQuery", "");
    private final ObjectProperty<GridLayout> layout = new SimpleObjectProperty<>(this, "layout", GridLayout.GRID2);
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.A4);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.FOREST);
    private final ObservableList<Fair> fairList = FXCollections.observableArrayList();
    private final ObjectProperty<Fair> fair = new SimpleObjectProperty<>(this, "fair");
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "VND");
    private final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>(this, "validUntil");
    private final BooleanProperty exportPrice = new SimpleBooleanProperty(this, "exportPrice", false);
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(this, "stage", Stage.CHOOSING);
    private final ObservableList<Product> missing = FXCollections.observableArrayList();
    private final ObjectProperty<RunningTask> working = new SimpleObjectProperty<>(this, "working");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final ObjectProperty<BrochureResult> preview = new SimpleObjectProperty<>(this, "preview");
    private final ObservableList<BrochureWarning> warnings = FXCollections.observableArrayList();
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 0);
    private final ObjectProperty<BufferedImage> pageImage = new SimpleObjectProperty<>(this, "pageImage");
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final StringProperty printer = new SimpleStringProperty(this, "printer");
    /** The cooperative's colour that replaces the theme's accent, or null (see docs/decisions/0032). */
    private final javafx.beans.property.ReadOnlyStringWrapper brandColour = new javafx.beans.property.ReadOnlyStringWrapper(
            this, "brandColour");
    private Preflight pending;
    private Preflight shown;
    private long renderNo;

    public BrochuresViewModel(BrochureService brochures, ProductRepository products, FairService fairs,
            BrochurePrinting printing, TaskRunner tasks) {
        this.brochures = brochures;
        this.products = products;
        this.fairs = fairs;
        this.printing = printing;
        this.tasks = tasks;
        for (Observable choice : List.<Observable>of(type, language, allProducts, productList, layout, paper, theme, fair,
                currency, validUntil, exportPrice)) {
            choice.addListener(o -> changed());
        }
        page.addListener((o, a, b) -> render());
    }

    /** The first visit (and each return): the products, the fairs and the printers, read afresh. */
    public void start() {
        tasks.run(BackgroundTask.of("brochure.ui.task.load", w -> {
            List<ProductChoice> found = new ArrayList<>();
            products.forEach(p -> {
                if (p.status() == ProductStatus.ACTIVE) {
                    found.add(new ProductChoice(p.sku(), p.text(ProductField.NAME_VI),
                            p.text(ProductField.NAME_EN)));
                }
            });
            found.sort(java.util.Comparator.comparing(ProductChoice::sku));
            return new Loaded(found, fairs.all(), brochures.brandColour().orElse(null));
        }).hidden().onSuccess(l -> {
            List<String> ticked = chosenSkus();
            l.products().forEach(p -> p.chosenProperty().set(ticked.contains(p.sku())));
            productList.setAll(l.products());
            String keep = fair.get() == null ? null : fair.get().id();
            fairList.setAll(l.fairs());
            brandColour.set(l.brandColour());
            fair.set(l.fairs().stream().filter(f -> f.id().equals(keep)).findFirst().orElse(null));
        }).onExpected(LocalizedException.class, e -> notice.set(failed(e))));
        loadPrinters();
    }

    private record Loaded(List<ProductChoice> products, List<Fair> fairs, String brandColour) {
    }

    private void loadPrinters() {
        tasks.run(BackgroundTask.of("brochure.ui.task.printers", w -> new Printers(printing.printers(),
                printing.defaultPrinter().orElse(null))).hidden().onSuccess(found -> {
                    printers.setAll(found.names());
                    if (printer.get() == null || !found.names().contains(printer.get())) {
                        printer.set(found.names().contains(found.preferred()) ? found.preferred()
                                : found.names().isEmpty() ? null : found.names().get(0));
                    }
                }).onExpected(LocalizedException.class, e -> printers.clear()));
    }

    private record Printers(List<String> names, String preferred) {
    }

    /** A choice changed: the preview and the question about translations belong to the old choices. */
    private void changed() {
        if (stage.get() == Stage.CONFIRM_MISSING) {
            stage.set(Stage.CHOOSING);
            missing.clear();
        }
        pending = null;
    }

    /** Ticks every product the search shows (or unticks them). */
    public void chooseShown(boolean on) {
        String q = productQuery.get();
        productList.stream().filter(p -> p.matches(q)).forEach(p -> p.chosenProperty().set(on));
    }

    public List<String> chosenSkus() {
        return productList.stream().filter(p -> p.chosenProperty().get()).map(ProductChoice::sku).toList();
    }

    /** The request as chosen now; layout only for a catalogue, export prices only where they show. */
    public BrochureRequest request() {
        Fair f = fair.get();
        List<String> skus = allProducts.get() ? List.of() : chosenSkus();
        return new BrochureRequest(type.get(), language.get(), skus, layout.get(), paper.get(), theme.get(),
                f == null ? null : f.name(), f == null ? null : f.starts(), currency.get(), 0, validUntil.get(),
                exportPrice.get());
    }

    /**
     * Checks the request in the background; with every text in the language it goes on to make
     * the preview, else it lists the products without one and waits for {@link #goOn} or a new choice.
     */
    public void generate() {
        if (working.get() != null) {
            return;
        }
        if (!allProducts.get() && chosenSkus().isEmpty()) {
            notice.set(new Notice(true, "brochure.ui.noneChosen", List.of()));
            return;
        }
        BrochureRequest request = request();
        notice.set(null);
        start(BackgroundTask.of("brochure.ui.task.check", w -> brochures.check(request)).onSuccess(p -> {
            if (p.missingTranslations().isEmpty()) {
                make(p);
            } else {
                pending = p;
                missing.setAll(p.missingTranslations());
                stage.set(Stage.CONFIRM_MISSING);
            }
        }));
    }

    /** Goes on without the missing translations: those products show English text, marked. */
    public void goOn() {
        Preflight p = pending;
        if (p != null && stage.get() == Stage.CONFIRM_MISSING) {
            make(p);
        }
    }

    /** Back to the choices without making anything. */
    public void goBack() {
        pending = null;
        missing.clear();
        stage.set(Stage.CHOOSING);
    }

    private void make(Preflight p) {
        Path old = preview.get() == null ? null : preview.get().file();
        start(BackgroundTask.of("brochure.ui.task.generate", w -> {
            Path file = Files.createTempFile("tradekit-brochure-", ".pdf");
            Files.delete(file); // the engine writes it atomically, beside a temporary sibling
            file.toFile().deleteOnExit(); // a preview is not kept
            try {
                BrochureResult r = brochures.generate(p, file, w);
                if (old != null) {
                    Files.deleteIfExists(old);
                }
                return r;
            } catch (RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }, p.products().size()).onSuccess(r -> {
            shown = p;
            missing.clear();
            warnings.setAll(r.warnings());
            preview.set(r);
            stage.set(Stage.PREVIEW);
            notice.set(new Notice(false, "brochure.ui.generated", List.of(r.pages(), r.products())));
            if (page.get() == 0) {
                render();
            } else {
                page.set(0);
            }
        }).onCancelled(() -> notice.set(new Notice(true, "brochure.ui.cancelled", List.of()))));
    }

    /** Renders the current page of the preview from the file itself; the latest request wins. */
    private void render() {
        BrochureResult r = preview.get();
        if (r == null) {
            pageImage.set(null);
            return;
        }
        int index = Math.max(0, Math.min(page.get(), r.pages() - 1));
        long no = ++renderNo;
        Paper size = shown.request().paper();
        tasks.run(BackgroundTask.of("brochure.ui.task.render", w -> PdfPreview.render(r.file(), index,
                PdfPreview.dpiFor(size == Paper.A5 ? 148 : 210, size == Paper.A5 ? 210 : 297, PREVIEW_PX, 150)))
                .hidden().onSuccess(img -> {
                    if (no == renderNo) {
                        pageImage.set(img);
                    }
                }).onExpected(LocalizedException.class, e -> notice.set(failed(e))));
    }

    public void nextPage() {
        if (preview.get() != null && page.get() < preview.get().pages() - 1) {
            page.set(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    /** Writes the previewed brochure to {@code target} through the engine, atomically: a cancel leaves no file. */
    public void save(Path target) {
        Preflight p = shown;
        if (p == null || working.get() != null) {
            return;
        }
        notice.set(null);
        start(BackgroundTask.of("brochure.ui.task.save", w -> brochures.generate(p, target, w), target.getFileName())
                .onSuccess(r -> {
                    warnings.setAll(r.warnings());
                    notice.set(new Notice(false, "brochure.ui.saved", List.of(r.pages(), target.toAbsolutePath().toString())));
                }).onCancelled(() -> notice.set(new Notice(true, "brochure.ui.saveCancelled", List.of()))));
    }

    /** Sends the previewed file to the chosen printer. */
    public void print() {
        BrochureResult r = preview.get();
        String p = printer.get();
        if (r == null || p == null || working.get() != null) {
            return;
        }
        notice.set(null);
        String job = jobName(shown.request());
        start(BackgroundTask.of("brochure.ui.task.print", w -> printing.print(r.file(), p, job, w), p)
                .onSuccess(pages -> notice.set(new Notice(false, "brochure.ui.printed", List.of(pages, p))))
                .onCancelled(() -> notice.set(new Notice(true, "brochure.ui.printCancelled", List.of(p)))));
    }

    /** The queue shows the job as the file it would be saved as ("catalogue-zh"). */
    static String jobName(BrochureRequest r) {
        return org.tradekit.brochure.FairPack.fileName(r).replace(".pdf", "");
    }

    public void cancel() {
        RunningTask t = working.get();
        if (t != null) {
            t.cancel();
        }
    }

    /** Runs one of the screen's long tasks: one at a time, shown with progress and cancel. */
    private <T> void start(BackgroundTask<T> task) {
        RunningTask[] self = {null};
        boolean[] finished = {false};
        RunningTask t = tasks.run(task.onExpected(LocalizedException.class, e -> notice.set(failed(e))).onFinally(() -> {
            finished[0] = true;
            if (working.get() == self[0]) { // the check's end must not hide the generation it started
                working.set(null);
            }
        }));
        self[0] = t;
        if (!finished[0]) {
            working.set(t);
        }
    }

    static Notice failed(LocalizedException e) {
        return new Notice(true, e.key(), java.util.Arrays.asList(e.args()));
    }

    /** Deletes the preview file (when the app closes). */
    public void discardPreview() {
        BrochureResult r = preview.get();
        preview.set(null);
        if (r != null) {
            tasks.run(BackgroundTask.of("brochure.ui.task.discard", w -> Files.deleteIfExists(r.file())).hidden());
        }
    }

    public javafx.beans.property.ReadOnlyStringProperty brandColourProperty() {
        return brandColour.getReadOnlyProperty();
    }

    public ObjectProperty<BrochureType> typeProperty() {
        return type;
    }

    public ObjectProperty<DocumentLanguage> languageProperty() {
        return language;
    }

    public BooleanProperty allProductsProperty() {
        return allProducts;
    }

    public ObservableList<ProductChoice> products() {
        return productList;
    }

    public StringProperty productQueryProperty() {
        return productQuery;
    }

    public ObjectProperty<GridLayout> layoutProperty() {
        return layout;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObservableList<Fair> fairs() {
        return fairList;
    }

    public ObjectProperty<Fair> fairProperty() {
        return fair;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ObjectProperty<LocalDate> validUntilProperty() {
        return validUntil;
    }

    public BooleanProperty exportPriceProperty() {
        return exportPrice;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    /** The products with no text in the document's language, while the user is asked to go on. */
    public ObservableList<Product> missing() {
        return missing;
    }

    /** The task running now (check, generate, save or print), for progress and cancel; null when idle. */
    public ObjectProperty<RunningTask> workingProperty() {
        return working;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** The brochure previewed: its temporary file, pages and warnings. */
    public ObjectProperty<BrochureResult> previewProperty() {
        return preview;
    }

    public ObservableList<BrochureWarning> warnings() {
        return warnings;
    }

    /** The previewed page, 0-based. */
    public IntegerProperty pageProperty() {
        return page;
    }

    public ObjectProperty<BufferedImage> pageImageProperty() {
        return pageImage;
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public StringProperty printerProperty() {
        return printer;
    }
}
