package org.tradekit.lead.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

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
import javafx.collections.ObservableMap;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.PhotoImport;
import org.tradekit.catalog.ProductFilter;
import org.tradekit.catalog.ProductRow;
import org.tradekit.catalog.ProductSearch;
import org.tradekit.lead.BoothMemory;
import org.tradekit.lead.BuyerType;
import org.tradekit.lead.Consent;
import org.tradekit.lead.Fair;
import org.tradekit.lead.FairQuestions;
import org.tradekit.lead.FairService;
import org.tradekit.lead.LeadDraft;
import org.tradekit.lead.LeadException;
import org.tradekit.lead.LeadService;
import org.tradekit.lead.MessagingKind;
import org.tradekit.lead.PossibleDuplicate;
import org.tradekit.lead.Question;
import org.tradekit.lead.Rating;
import org.tradekit.lead.card.CardData;
import org.tradekit.lead.card.CardImageException;
import org.tradekit.lead.card.CardImages;
import org.tradekit.lead.card.CardPhone;
import org.tradekit.lead.card.CardReader;
import org.tradekit.lead.card.MessagingHandle;
import org.tradekit.lead.card.Phones;
import org.tradekit.text.Fold;
import org.tradekit.ui.common.Debouncer;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * The booth's capture form: one lead at a time, typed or read from a card, saved with the visitor's
 * consent to the device's current fair by the staff member chosen once per session. Keeps message
 * keys, never text; never touches the database itself (every service call is a background task).
 */
public final class CaptureViewModel {
    /** What the booth needs from the rest of the app. */
    public record Services(LeadService leads, FairService fairs, FairQuestions questions, ProductSearch products,
            PhotoImport photos, BoothMemory booth, Clock clock) {
    }

    /** The consent a visitor gives: the bundle's text as shown (the view sets it in the user's language). */
    public record ConsentText(String purpose, String text, String version) {
    }

    static final int SUGGESTIONS = 6;
    private static final int PRODUCTS_LOADED = 20_000;

    private final Services services;
    private final TaskRunner tasks;
    private final Debouncer duplicateDebouncer;
    private final Debouncer scanPause;
    private final ScanBuffer scanBuffer = new ScanBuffer();
    private CountryNames countries = new CountryNames(Locale.US);
    private Locale locale = Locale.US;
    private ConsentText consentText;
    private List<ProductRow> catalog = List.of();

    private final ObjectProperty<Fair> fair = new SimpleObjectProperty<>();
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final Map<String, StringProperty> answers = new LinkedHashMap<>();
    private final ObservableList<String> staffChoices = FXCollections.observableArrayList();
    private final StringProperty staff = new SimpleStringProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty jobTitle = new SimpleStringProperty("");
    private final StringProperty countryText = new SimpleStringProperty("");
    private final ObservableList<String> countrySuggestions = FXCollections.observableArrayList();
    private final IntegerProperty countryPick = new SimpleIntegerProperty();
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<CardPhone> phoneRead = new SimpleObjectProperty<>();
    private final ObjectProperty<MessagingKind> messagingKind = new SimpleObjectProperty<>();
    private final StringProperty handle = new SimpleStringProperty("");
    private final ObjectProperty<BuyerType> buyerType = new SimpleObjectProperty<>();
    private final StringProperty productQuery = new SimpleStringProperty("");
    private final ObservableList<ProductRow> productSuggestions = FXCollections.observableArrayList();
    private final IntegerProperty productPick = new SimpleIntegerProperty();
    private final ObservableList<ProductRow> products = FXCollections.observableArrayList();
    private final StringProperty volume = new SimpleStringProperty("");
    private final StringProperty targetPrice = new SimpleStringProperty("");
    private final ObjectProperty<Rating> rating = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty followUp = new SimpleStringProperty("");
    private final BooleanProperty samples = new SimpleBooleanProperty();
    private final BooleanProperty brochure = new SimpleBooleanProperty();
    private final BooleanProperty consent = new SimpleBooleanProperty();
    private final StringProperty rawCard = new SimpleStringProperty();
    private final StringProperty cardPhoto = new SimpleStringProperty();

    private final ObjectProperty<CardData> cardRead = new SimpleObjectProperty<>();
    private final ObjectProperty<Said> scanNotice = new SimpleObjectProperty<>();
    private final ObservableList<String> codeChoices = FXCollections.observableArrayList();
    private final IntegerProperty scanPending = new SimpleIntegerProperty();
    private final ObservableList<PossibleDuplicate> duplicates = FXCollections.observableArrayList();
    private final ObservableMap<String, FieldProblem> problems = FXCollections.observableHashMap();
    private final ObjectProperty<Said> status = new SimpleObjectProperty<>();
    private final IntegerProperty resets = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final IntegerProperty loads = new SimpleIntegerProperty();
    private int duplicateRound;
    private String remembered;
    private LocalDate countedDay;
    private int savedToday;

    public CaptureViewModel(Services services, TaskRunner tasks, Debouncer duplicateDebouncer, Debouncer scanPause) {
        this.services = services;
        this.tasks = tasks;
        this.duplicateDebouncer = duplicateDebouncer;
        this.scanPause = scanPause;
        clearFixedProblems();
        countryText.addListener((o, a, t) -> {
            countrySuggestions.setAll(countries.match(t, SUGGESTIONS));
            countryPick.set(0);
            renormalisePhone();
        });
        phone.addListener((o, a, b) -> renormalisePhone());
        productQuery.addListener((o, a, q) -> {
            productSuggestions.setAll(matchProducts(q));
            productPick.set(0);
        });
        for (StringProperty p : List.of(name, company, email)) {
            p.addListener((o, a, b) -> duplicatesLater());
        }
        phoneRead.addListener((o, a, b) -> duplicatesLater());
        staff.addListener((o, a, who) -> rememberStaff(who));
    }

    /** Remembers on this computer who captures at the current fair (chosen once, kept across restarts). */
    private void rememberStaff(String who) {
        Fair f = fair.get();
        if (f == null || who == null || who.equals(remembered)) {
            return;
        }
        remembered = who;
        tasks.run(BackgroundTask.of("lead.ui.task.staff", w -> {
            services.booth().remember(f.id(), who);
            return who;
        }).hidden());
    }

    /** The user's language: country names and dates are typed in it (the view sets it). */
    public void locale(Locale l) {
        if (!l.equals(locale)) {
            locale = l;
            countries = new CountryNames(l);
        }
    }

    /** The consent text the form shows (from the bundle, in the user's language): exactly what is stored. */
    public void consentText(ConsentText c) {
        this.consentText = c;
    }

    /** Loads the current fair, its questions and staff, and the catalog's products for type-to-pick. */
    public void start() {
        record Booth(Optional<Fair> fair, List<Question> questions, List<ProductRow> products, String staff) {
        }
        tasks.run(BackgroundTask.of("lead.ui.task.booth", w -> {
            Optional<Fair> f = services.fairs().current();
            return new Booth(f, f.map(x -> services.questions().list(x.id())).orElse(List.of()),
                    services.products().search(ProductFilter.all(), PRODUCTS_LOADED, today()),
                    f.flatMap(x -> services.booth().staff(x.id())).orElse(null));
        }).hidden().onSuccess(b -> {
            catalog = b.products();
            fair.set(b.fair().orElse(null));
            // the answers first, keeping the properties of questions still asked: the view binds to them
            answers.keySet().retainAll(b.questions().stream().map(Question::id).toList());
            b.questions().forEach(q -> answer(q.id()));
            questions.setAll(b.questions());
            List<String> crew = b.fair().map(Fair::staff).orElse(List.of());
            staffChoices.setAll(crew);
            if (staff.get() == null || !crew.contains(staff.get())) {
                // who captured here last on this computer; one person at the booth: nothing to choose
                remembered = b.staff() != null && crew.contains(b.staff()) ? b.staff()
                        : crew.size() == 1 ? crew.get(0) : null;
                staff.set(remembered);
            }
            loaded.set(true);
            loads.set(loads.get() + 1);
        }));
    }

    // ---- keyboard helpers the view binds to keys ----

    /** Accepts the highlighted country suggestion into the field (Tab or Enter in the country field). */
    public void acceptCountry() {
        if (!countrySuggestions.isEmpty() && !countryText.get().isBlank()) {
            String code = countrySuggestions.get(Math.min(countryPick.get(), countrySuggestions.size() - 1));
            countryText.set(countries.name(code));
        }
    }

    public void moveCountryPick(int by) {
        if (!countrySuggestions.isEmpty()) {
            countryPick.set(Math.floorMod(countryPick.get() + by, countrySuggestions.size()));
        }
    }

    /** Adds the highlighted product to the products of interest; false when nothing was typed or matches. */
    public boolean acceptProduct() {
        if (productSuggestions.isEmpty() || productQuery.get().isBlank()) {
            return false;
        }
        ProductRow p = productSuggestions.get(Math.min(productPick.get(), productSuggestions.size() - 1));
        if (products.stream().noneMatch(x -> x.id().equals(p.id()))) {
            products.add(p);
        }
        productQuery.set("");
        return true;
    }

    public void moveProductPick(int by) {
        if (!productSuggestions.isEmpty()) {
            productPick.set(Math.floorMod(productPick.get() + by, productSuggestions.size()));
        }
    }

    public void removeProduct(ProductRow p) {
        products.remove(p);
    }

    /**
     * Up/Down in the messaging field: the next (or previous) app, through "none". The app most used in
     * the visitor's country comes first (Zalo for Vietnam, WeChat for China, KakaoTalk for Korea, LINE
     * for Japan, Thailand and Taiwan, else WhatsApp), so the usual case is one key.
     */
    public void cycleMessagingKind(int by) {
        List<MessagingKind> kinds = new ArrayList<>(List.of(MessagingKind.values()));
        MessagingKind likely = likelyApp(countries.resolve(countryText.get()));
        kinds.remove(likely);
        kinds.add(0, likely);
        int at = messagingKind.get() == null ? -1 : kinds.indexOf(messagingKind.get());
        int next = Math.floorMod(at + 1 + by, kinds.size() + 1) - 1;
        messagingKind.set(next < 0 ? null : kinds.get(next));
    }

    static MessagingKind likelyApp(String country) {
        if (country == null) {
            return MessagingKind.ZALO; // a Vietnamese cooperative's own visitors
        }
        return switch (country) {
            case "VN" -> MessagingKind.ZALO;
            case "CN", "HK", "MO" -> MessagingKind.WECHAT;
            case "KR" -> MessagingKind.KAKAOTALK;
            case "JP", "TH", "TW" -> MessagingKind.LINE;
            default -> MessagingKind.WHATSAPP;
        };
    }

    /**
     * One key in the quick-keys row: H/N hot, W/A warm, C/L cold (English/Vietnamese initials), 1-7 the
     * buyer type, S/M samples, B/T brochure, Y/Đ consent. Returns whether the key meant something.
     */
    public boolean quickKey(String key) {
        if (key == null || key.length() != 1) {
            return false;
        }
        char c = Fold.key(key).toUpperCase(Locale.ROOT).charAt(0);
        switch (c) {
            case 'H', 'N' -> rating.set(Rating.HOT);
            case 'W', 'A' -> rating.set(Rating.WARM);
            case 'C', 'L' -> rating.set(Rating.COLD);
            case 'S', 'M' -> samples.set(!samples.get());
            case 'B', 'T' -> brochure.set(!brochure.get());
            case 'Y', 'D' -> consent.set(!consent.get());
            default -> {
                int n = c - '1';
                if (n < 0 || n >= BuyerType.values().length) {
                    return false;
                }
                BuyerType t = BuyerType.values()[n];
                buyerType.set(buyerType.get() == t ? null : t);
            }
        }
        return true;
    }

    /** A digit on a choice question: picks (single) or toggles (multiple) that choice. */
    public boolean choiceKey(Question q, String key) {
        if (key == null || key.length() != 1 || !Character.isDigit(key.charAt(0))) {
            return false;
        }
        int n = key.charAt(0) - '1';
        if (n < 0 || n >= q.choices().size()) {
            return false;
        }
        toggleChoice(q, q.choices().get(n));
        return true;
    }

    /** Picks (single) or toggles (multiple) a choice of a question; the answer keeps the question's order. */
    public void toggleChoice(Question q, String choice) {
        StringProperty a = answers.get(q.id());
        List<String> chosen = new ArrayList<>(chosen(q));
        if (q.kind() == org.tradekit.lead.QuestionKind.SINGLE) {
            a.set(chosen.equals(List.of(choice)) ? "" : choice);
            return;
        }
        if (!chosen.remove(choice)) {
            chosen.add(choice);
        }
        a.set(String.join("\n", q.choices().stream().filter(chosen::contains).toList()));
    }

    public List<String> chosen(Question q) {
        String v = answer(q.id()).get();
        return v == null || v.isEmpty() ? List.of() : List.of(v.split("\n"));
    }

    // ---- the scan field and card images ----

    /** One line typed by a scanner (it ends each line with Enter). */
    public void scanLine(String line) {
        Optional<String> payload = scanBuffer.line(line);
        scanPending.set(scanBuffer.pending());
        if (payload.isPresent()) {
            read(payload.get());
        } else if (scanBuffer.pending() > 0) {
            scanPause.call(this::scanPaused);
        }
    }

    /** A whole payload at once: pasted text, or a scanner that sends line breaks as characters. */
    public void scanWhole(String text) {
        scanBuffer.whole(text).ifPresent(this::read);
        scanPending.set(0);
    }

    /** The scanner typed into the scan field: while a card is incomplete, the quiet time starts again. */
    public void scanTyping() {
        if (scanBuffer.pending() > 0) {
            scanPause.call(this::scanPaused);
        }
    }

    /** The scanner went quiet before END:VCARD: read what came. */
    void scanPaused() {
        scanBuffer.flush().ifPresent(this::read);
        scanPending.set(0);
    }

    /** Reads a card payload into the form; a payload that identifies nobody leaves the form untouched. */
    public void read(String payload) {
        CardData d = CardReader.read(payload);
        codeChoices.clear();
        if (d.displayName() == null && d.organisation() == null && d.emails().isEmpty() && d.phones().isEmpty()) {
            cardRead.set(null);
            scanNotice.set(Said.of("lead.ui.scan.nothing", abbreviated(payload)));
            return;
        }
        scanNotice.set(null);
        setIf(name, d.displayName());
        setIf(company, d.organisation());
        setIf(jobTitle, d.jobTitle());
        if (!d.emails().isEmpty()) {
            email.set(d.emails().get(0));
        }
        if (d.country() != null) {
            countryText.set(countries.name(d.country()));
        }
        if (!d.phones().isEmpty()) {
            CardPhone p = d.phones().get(0);
            phone.set(p.e164() != null ? p.e164() : p.raw());
        }
        for (MessagingHandle h : d.handles()) {
            MessagingKind k = kindOf(h);
            if (k != null || handle.get().isBlank()) {
                messagingKind.set(k);
                handle.set(h.value());
                if (k != null) {
                    break;
                }
            }
        }
        if (d.note() != null && notes.get().isBlank()) {
            notes.set(d.note());
        }
        rawCard.set(d.rawPayload());
        cardRead.set(d);
    }

    /** An image file of a card: its codes read off the FX thread, the photo attached to the lead. */
    public void openImage(Path file) {
        scan(BackgroundTask.of("lead.ui.task.image", w -> decode(file), file.getFileName()));
    }

    /** A pasted image: written to a temporary PNG off the FX thread, then as a file. */
    public void openImage(BufferedImage image) {
        scan(BackgroundTask.of("lead.ui.task.image", w -> {
            Path tmp = Files.createTempFile("tradekit-card-", ".png");
            try {
                ImageIO.write(image, "png", tmp.toFile());
                return decode(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }, "PNG"));
    }

    private record Decoded(List<String> codes, String photo) {
    }

    private Decoded decode(Path file) throws IOException {
        List<String> codes = CardImages.decode(file); // refuses what is not an image before anything is stored
        String sha = services.photos() == null ? null : services.photos().importImage(file);
        return new Decoded(codes, sha);
    }

    private void scan(BackgroundTask<Decoded> task) {
        busy.set(true);
        tasks.run(task.onSuccess(d -> {
            cardPhoto.set(d.photo());
            if (d.codes().isEmpty()) {
                scanNotice.set(Said.of("lead.ui.scan.noCode"));
            } else if (d.codes().size() == 1) {
                read(d.codes().get(0));
            } else {
                scanNotice.set(Said.of("lead.ui.scan.several", d.codes().size()));
                codeChoices.setAll(d.codes());
            }
        }).onExpected(CardImageException.class, e -> scanNotice.set(Said.of(e.key(), e.args())))
                .onExpected(org.tradekit.photo.PhotoException.class, e -> scanNotice.set(Said.of(e.key(), e.args())))
                .onFinally(() -> busy.set(false)));
    }

    /** The user picked one of several codes found in an image. */
    public void pickCode(int index) {
        if (index >= 0 && index < codeChoices.size()) {
            read(codeChoices.get(index));
        }
    }

    // ---- duplicates, saving, clearing ----

    private void duplicatesLater() {
        duplicateDebouncer.call(this::checkDuplicates);
    }

    /** Asks the store who this visitor may already be (off the FX thread; a newer question wins). */
    void checkDuplicates() {
        LeadDraft d = new LeadDraft().name(name.get()).company(company.get()).email(email.get())
                .phone(phoneRead.get() == null ? null : phoneRead.get().e164(), null);
        int round = ++duplicateRound;
        if (Fold.clean(d.email()) == null && d.phoneE164() == null
                && (Fold.clean(d.name()) == null || Fold.clean(d.company()) == null)) {
            duplicates.clear();
            return;
        }
        tasks.run(BackgroundTask.of("lead.ui.task.duplicates", w -> services.leads().possibleDuplicates(d)).hidden()
                .onSuccess(found -> {
                    if (round == duplicateRound) {
                        duplicates.setAll(found);
                    }
                }));
    }

    /** Saves the lead with the visitor's consent; on success the form clears for the next visitor. */
    /** A problem the user has just put right goes away (the consent ticked, the staff member chosen). */
    private void clearFixedProblems() {
        consent.addListener((o, a, b) -> {
            if (b) {
                problems.remove("consent");
            }
        });
        staff.addListener((o, a, b) -> {
            if (b != null) {
                problems.remove("staff");
            }
        });
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        problems.clear();
        acceptCountry();
        String country = null;
        if (!countryText.get().isBlank()) {
            country = countries.resolve(countryText.get());
            if (country == null) {
                problem("country", "lead.ui.error.country", countryText.get().strip());
            }
        }
        Optional<LocalDate> due = followUpDate();
        if (due == null) {
            problem("followUp", "lead.ui.error.date", followUp.get().strip());
        }
        if (!staffChoices.isEmpty() && staff.get() == null) {
            problem("staff", "lead.ui.error.staff");
        }
        if (fair.get() == null) {
            problem("form", "lead.error.noCurrentFair");
        }
        if (!consent.get()) {
            problem("consent", "lead.ui.error.consent");
        }
        if (!problems.isEmpty()) {
            return;
        }
        CardPhone p = phoneRead.get();
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((id, v) -> given.put(id, v.get()));
        LeadDraft draft = new LeadDraft().fairId(fair.get().id()).staff(staff.get()).name(name.get())
                .company(company.get()).jobTitle(jobTitle.get()).country(country).email(email.get())
                .phone(p == null ? null : p.e164(), Fold.clean(phone.get()))
                .messaging(messagingKind.get() == null ? null : messagingKind.get().name(), handle.get())
                .buyerType(buyerType.get() == null ? null : buyerType.get().name()).volume(volume.get())
                .targetPrice(targetPrice.get()).rating(rating.get() == null ? null : rating.get().name())
                .notes(notes.get()).followUp(due == null ? null : due.orElse(null)).samples(samples.get())
                .brochure(brochure.get()).rawCard(rawCard.get()).cardPhoto(cardPhoto.get())
                .products(products.stream().map(ProductRow::id).toList()).answers(given);
        Consent c = consent.get() && consentText != null
                ? new Consent(consentText.purpose(), consentText.text(), consentText.version(), staff.get()) : null;
        busy.set(true);
        tasks.run(BackgroundTask.of("lead.ui.task.save", w -> services.leads().save(draft, c)).hidden()
                .onSuccess(lead -> {
                    LocalDate day = today();
                    if (!day.equals(countedDay)) {
                        countedDay = day;
                        savedToday = 0;
                    }
                    savedToday++;
                    String who = Optional.ofNullable(lead.fields().name()).or(() -> Optional.ofNullable(lead.fields()
                            .email())).orElse(lead.fields().phoneRaw());
                    status.set(Said.of("lead.ui.saved", who, savedToday));
                    clear();
                }).onExpected(LeadException.class, e -> problem(fieldOf(e.key()), e.key(), e.args()))
                .onFinally(() -> busy.set(false)));
    }

    /** Empties the form for the next visitor; the fair and the staff member stay. */
    public void clear() {
        for (StringProperty s : List.of(name, company, jobTitle, countryText, email, phone, handle, productQuery, volume,
                targetPrice, notes, followUp)) {
            s.set("");
        }
        answers.values().forEach(a -> a.set(""));
        messagingKind.set(null);
        buyerType.set(null);
        rating.set(null);
        samples.set(false);
        brochure.set(false);
        consent.set(false);
        rawCard.set(null);
        cardPhoto.set(null);
        cardRead.set(null);
        scanNotice.set(null);
        codeChoices.clear();
        products.clear();
        duplicates.clear();
        problems.clear();
        scanBuffer.flush();
        scanPending.set(0);
        duplicateRound++;
        resets.set(resets.get() + 1);
    }

    private static String fieldOf(String key) {
        return switch (key) {
            case "lead.error.noConsent" -> "consent";
            case "lead.error.anonymous" -> "name";
            case "lead.error.email" -> "email";
            case "lead.error.phone" -> "phone";
            case "lead.error.country" -> "country";
            case "lead.error.answerChoice", "lead.error.answerSingle", "lead.error.answerQuestion" -> "answers";
            default -> "form";
        };
    }

    private void problem(String field, String key, Object... args) {
        problems.put(field, FieldProblem.of(field, key, args));
    }

    private void renormalisePhone() {
        String raw = Fold.clean(phone.get());
        if (raw == null) {
            phoneRead.set(null);
            return;
        }
        String region = countries.resolve(countryText.get());
        phoneRead.set(Phones.normalise(raw, region == null ? Phones.DEFAULT_REGION : region));
    }

    private List<ProductRow> matchProducts(String q) {
        String[] words = Fold.key(q == null ? "" : q).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        List<ProductRow> found = new ArrayList<>();
        for (ProductRow p : catalog) {
            String hay = Fold.key(p.sku() + " " + p.nameVi() + " " + p.nameEn());
            boolean all = true;
            for (String w : words) {
                all &= hay.contains(w);
            }
            if (all) {
                found.add(p);
                if (found.size() == SUGGESTIONS) {
                    break;
                }
            }
        }
        return found;
    }

    private static MessagingKind kindOf(MessagingHandle h) {
        for (MessagingKind k : MessagingKind.values()) {
            if (k.name().equals(h.kind().name())) {
                return k;
            }
        }
        return null;
    }

    private static void setIf(StringProperty p, String v) {
        if (v != null) {
            p.set(v);
        }
    }

    private static String abbreviated(String s) {
        String one = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 79) + "…" : one;
    }

    private LocalDate today() {
        return LocalDate.now(services.clock());
    }

    /** The follow-up date as typed: empty when blank, null when it is not a date (see {@link DateText}). */
    public Optional<LocalDate> followUpDate() {
        return DateText.parse(followUp.get(), locale, today());
    }

    public CountryNames countries() {
        return countries;
    }

    public StringProperty answer(String questionId) {
        return answers.computeIfAbsent(questionId, k -> new SimpleStringProperty(""));
    }

    public ObjectProperty<Fair> fairProperty() { return fair; }
    public ObservableList<Question> questions() { return questions; }
    public ObservableList<String> staffChoices() { return staffChoices; }
    public StringProperty staffProperty() { return staff; }
    public BooleanProperty loadedProperty() { return loaded; }
    public StringProperty nameProperty() { return name; }
    public StringProperty companyProperty() { return company; }
    public StringProperty jobTitleProperty() { return jobTitle; }
    public StringProperty countryTextProperty() { return countryText; }
    public ObservableList<String> countrySuggestions() { return countrySuggestions; }
    public IntegerProperty countryPickProperty() { return countryPick; }
    public StringProperty emailProperty() { return email; }
    public StringProperty phoneProperty() { return phone; }
    public ObjectProperty<CardPhone> phoneReadProperty() { return phoneRead; }
    public ObjectProperty<MessagingKind> messagingKindProperty() { return messagingKind; }
    public StringProperty handleProperty() { return handle; }
    public ObjectProperty<BuyerType> buyerTypeProperty() { return buyerType; }
    public StringProperty productQueryProperty() { return productQuery; }
    public ObservableList<ProductRow> productSuggestions() { return productSuggestions; }
    public IntegerProperty productPickProperty() { return productPick; }
    public ObservableList<ProductRow> products() { return products; }
    public StringProperty volumeProperty() { return volume; }
    public StringProperty targetPriceProperty() { return targetPrice; }
    public ObjectProperty<Rating> ratingProperty() { return rating; }
    public StringProperty notesProperty() { return notes; }
    public StringProperty followUpProperty() { return followUp; }
    public BooleanProperty samplesProperty() { return samples; }
    public BooleanProperty brochureProperty() { return brochure; }
    public BooleanProperty consentProperty() { return consent; }
    public StringProperty rawCardProperty() { return rawCard; }
    public StringProperty cardPhotoProperty() { return cardPhoto; }
    public ObjectProperty<CardData> cardReadProperty() { return cardRead; }
    public ObjectProperty<Said> scanNoticeProperty() { return scanNotice; }
    public ObservableList<String> codeChoices() { return codeChoices; }
    public IntegerProperty scanPendingProperty() { return scanPending; }
    public ObservableList<PossibleDuplicate> duplicates() { return duplicates; }
    public ObservableMap<String, FieldProblem> problems() { return problems; }
    public ObjectProperty<Said> statusProperty() { return status; }
    /** Counts the form's resets (after a save or a clear): the view puts the focus back on the first field. */
    public IntegerProperty resetsProperty() { return resets; }
    public BooleanProperty busyProperty() { return busy; }
    /** Counts the booth's loads (the tab opened, the fair changed): the view then focuses the first field. */
    public IntegerProperty loadsProperty() { return loads; }
}
