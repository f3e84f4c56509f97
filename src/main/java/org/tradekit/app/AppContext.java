package org.tradekit.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.tradekit.brochure.BrochureService;
import org.tradekit.backup.Backups;
import org.tradekit.backup.RestoreCandidate;

import org.tradekit.catalog.CatalogService;
import org.tradekit.catalog.PhotoImport;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.catalog.ProductSearch;
import org.tradekit.photo.PhotoImporter;
import org.tradekit.photo.PhotoLimits;
import org.tradekit.photo.PhotoStore;
import org.tradekit.photo.ProductPhotos;
import org.tradekit.photo.Thumbnails;
import org.tradekit.photo.WebImages;
import org.tradekit.coop.CoopProfileService;
import org.tradekit.label.record.PrintRuns;
import org.tradekit.lead.BoothMemory;
import org.tradekit.lead.FairQuestions;
import org.tradekit.lead.FairService;
import org.tradekit.lead.LeadFollowUp;
import org.tradekit.lead.LeadRepository;
import org.tradekit.lead.LeadService;
import org.tradekit.label.run.LabelRunService;
import org.tradekit.label.run.LabelLogo;
import org.tradekit.label.run.LotLabelSource;
import org.tradekit.catalog.io.ProductExporter;
import org.tradekit.catalog.io.ProductImporter;
import org.tradekit.print.printer.Calibrations;
import org.tradekit.print.printer.PdfPrinter;
import org.tradekit.store.Database;
import org.tradekit.store.SqliteNative;
import org.tradekit.store.StoreException;
import org.tradekit.trace.chain.ChainVerifier;
import org.tradekit.trace.chain.DeviceKeys;
import org.tradekit.trace.chain.Signatures;
import org.tradekit.trace.event.Attachments;
import org.tradekit.trace.event.DerivedRowsCheck;
import org.tradekit.trace.event.EventRecorder;
import org.tradekit.trace.event.EventRepository;
import org.tradekit.trace.exchange.EpcisExporter;
import org.tradekit.trace.exchange.EpcisImporter;
import org.tradekit.trace.exchange.LotLinks;
import org.tradekit.trace.lineage.LineageService;
import org.tradekit.trace.lot.LotCodeSettings;
import org.tradekit.trace.exchange.LotLookup;
import org.tradekit.trace.lot.LotRepository;
import org.tradekit.trace.lot.LotService;
import org.tradekit.trace.member.MemberService;
import org.tradekit.trace.place.LocationService;
import org.tradekit.trace.recall.RecallService;
import org.tradekit.trace.site.ConsumerSite;
import org.tradekit.trace.site.SiteSources;
import org.tradekit.work.Work;

/**
 * The composition root: builds every service once for a data directory and hands each the
 * collaborators it needs. No service looks anything up for itself.
 */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final Clock clock;
    private final Database database;
    private final ProductRepository products;
    private final ProductSearch productSearch;
    private final CatalogService catalog;
    private final Backups backups;
    private final PhotoStore photoStore;
    private final PhotoImporter photoImporter;
    private final ProductPhotos productPhotos;
    private StoreException startupBackupProblem;
    private boolean existedBefore;
    private final CoopProfileService coopProfile;
    private final ProductImporter productImporter;
    private final ProductExporter productExporter;
    private final MemberService members;
    private final LocationService locations;
    private final LotRepository lots;
    private final LotService lotService;
    private final LotCodeSettings lotCodeSettings;
    private final Signatures signatures;
    private final EventRecorder eventRecorder;
    private final EventRepository events;
    private final Attachments attachments;
    private final LineageService lineage;
    private final RecallService recalls;
    private final ChainVerifier chainVerifier;
    private final EpcisExporter epcisExporter;
    private final EpcisImporter epcisImporter;
    private final LotLinks lotLinks;
    private final ConsumerSite consumerSite;
    private final LotLookup lotLookup;
    private final LabelRunService labelRuns;
    private final PrintRuns printRuns;
    private final FairService fairs;
    private final FairQuestions fairQuestions;
    private final LeadService leads;
    private final LeadRepository leadRepository;
    private final LeadFollowUp leadFollowUp;
    private final Calibrations calibrations;
    private final PdfPrinter pdfPrinter = new PdfPrinter();
    private final BrochureService brochures;

    private AppContext(Path dataDir, Clock clock, Database database, Backups backups) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = database;
        this.backups = backups;
        this.products = new ProductRepository(database);
        this.productSearch = new ProductSearch(database);
        this.catalog = new CatalogService(database, products, clock);
        this.photoStore = new PhotoStore(dataDir);
        Thumbnails thumbnails = new Thumbnails(photoStore, PhotoLimits.DEFAULT);
        this.photoImporter = new PhotoImporter(photoStore, thumbnails, PhotoLimits.DEFAULT);
        this.productPhotos = new ProductPhotos(database, products, photoImporter, photoStore, thumbnails);
        this.coopProfile = new CoopProfileService(database);
        this.productImporter = new ProductImporter(database);
        this.productExporter = new ProductExporter(database, products);
        this.members = new MemberService(database);
        this.locations = new LocationService(database);
        this.lots = new LotRepository(database);
        this.lotService = new LotService(database, lots);
        this.lotCodeSettings = new LotCodeSettings(database);
        this.signatures = new Signatures();
        DeviceKeys deviceKeys = new DeviceKeys(database, clock);
        this.eventRecorder = new EventRecorder(database, deviceKeys, signatures, clock);
        this.events = new EventRepository(database);
        this.attachments = new Attachments(photoStore);
        this.lineage = new LineageService(database);
        this.printRuns = new PrintRuns(database, clock, System.getProperty("user.name"));
        this.recalls = new RecallService(lineage, events, printRuns);
        this.fairs = new FairService(database);
        this.fairQuestions = new FairQuestions(database);
        this.leads = new LeadService(database, clock, photoStore);
        this.leadRepository = new LeadRepository(database);
        this.leadFollowUp = new LeadFollowUp(database, clock, coopProfile);
        this.chainVerifier = new ChainVerifier(database, deviceKeys, signatures, List.of(new DerivedRowsCheck()));
        this.epcisExporter = new EpcisExporter(database, events, lineage, locations, coopProfile, clock);
        this.epcisImporter = new EpcisImporter(database, clock);
        this.lotLinks = new LotLinks(database, lots, coopProfile, clock);
        this.consumerSite = new ConsumerSite(new SiteSources(database, lots, lineage, events, products, members, locations,
                lotLinks), coopProfile, new WebImages(photoStore, PhotoLimits.DEFAULT), clock);
        this.lotLookup = new LotLookup(lots, lotLinks);
        this.labelRuns = new LabelRunService(new LotLabelSource(lots, products, coopProfile, clock), lotLinks,
                new LabelLogo(coopProfile, photoStore));
        this.calibrations = new Calibrations(dataDir);
        this.brochures = new BrochureService(products, coopProfile, new WebImages(photoStore, PhotoLimits.DEFAULT), clock);
    }

    /**
     * Opens the data directory: backs the database up before a migration, and once a day on start
     * (database only, a second or so; a failed daily backup does not stop the app, see
     * {@link #startupBackupProblem()}). Slow on the first start of a day: not on the UI thread.
     */
    public static AppContext open(Path dataDir, Clock clock) {
        AppContext app = openWithoutDailyBackup(dataDir, clock);
        app.dailyBackupIfDue(Work.NONE);
        return app;
    }

    /**
     * Opens without the daily backup, for the window: it shows the catalog first and then calls
     * {@link #dailyBackupIfDue} in the background (a backup of a large catalog takes seconds).
     */
    public static AppContext openWithoutDailyBackup(Path dataDir, Clock clock) {
        Backups backups = new Backups(dataDir, clock);
        Path file = dataDir.resolve(Database.FILE_NAME);
        boolean existed = Files.exists(file);
        SqliteNative.useCopyIn(dataDir);
        Database db = Database.open(file, clock, backups.beforeMigration());
        AppContext app = new AppContext(dataDir, clock, db, backups);
        app.existedBefore = existed;
        return app;
    }

    /** Today's automatic backup, if none was made in the last 24 h; a failure is kept, not thrown. */
    public void dailyBackupIfDue(Work work) {
        if (!existedBefore) { // a database made just now holds nothing worth a copy
            return;
        }
        try {
            backups.dailyIfDue(database, work);
        } catch (StoreException e) {
            startupBackupProblem = e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public ProductRepository products() {
        return products;
    }

    public ProductSearch productSearch() {
        return productSearch;
    }

    public CatalogService catalog() {
        return catalog;
    }

    public Backups backups() {
        return backups;
    }

    public PhotoStore photoStore() {
        return photoStore;
    }

    public PhotoImporter photoImporter() {
        return photoImporter;
    }

    public ProductPhotos productPhotos() {
        return productPhotos;
    }

    /** Why today's automatic backup failed at start, to tell the user (the app runs anyway). */
    public Optional<StoreException> startupBackupProblem() {
        return Optional.ofNullable(startupBackupProblem);
    }

    /**
     * A backup of the running app to {@code out} (a file, a folder, or null for {@code backups/}).
     */
    public Backups.Result backup(Path out, boolean withPhotos, Work work) {
        return backups.export(database, out, withPhotos, work);
    }

    /**
     * Restores a backup and returns a context on the restored data. The file is checked first: when
     * it is refused (StoreException saying why) nothing changed and this context stays open. Once it
     * passed, this context is closed, the current data saved as a pre-restore backup and replaced.
     * Should that step fail (disk full...), this context is closed but the old data is intact:
     * open a new context on {@link #dataDir()}.
     */
    public AppContext restore(Path file, Work work) {
        try (RestoreCandidate candidate = backups.check(file, work)) {
            Restored r = restore(candidate, work);
            if (r.problem() != null) {
                r.app().close();
                throw r.problem();
            }
            return r.app();
        }
    }

    /**
     * What a restore left: the data open again (the backup's, or when the restore failed the data as
     * it was), the copy of the replaced data, and the failure, if any.
     *
     * @param safetyCopy the pre-restore backup of the data that was replaced (none when there was none)
     * @param problem    why the data was not replaced (null when it was)
     */
    public record Restored(AppContext app, RestoreCandidate from, Optional<Path> safetyCopy, RuntimeException problem) {
    }

    /**
     * Replaces the data with a checked backup (the user has seen what it holds and confirmed) and
     * opens it. This context is closed first, the current data saved as a pre-restore backup, then
     * replaced. When any step fails, the data was not replaced and is opened again as it was: the
     * caller always gets an open context, never a closed one.
     *
     * @throws StoreException only when the data, restored or not, cannot be opened again
     */
    public Restored restore(RestoreCandidate candidate, Work work) {
        close();
        Optional<Path> safety;
        try {
            safety = backups.restore(candidate, work);
        } catch (RuntimeException e) { // refused (in use), disk full, cancelled: nothing was replaced
            return new Restored(openWithoutDailyBackup(dataDir, clock), candidate, Optional.empty(), e);
        }
        return new Restored(openWithoutDailyBackup(dataDir, clock), candidate, safety, null);
    }

    public CoopProfileService coopProfile() {
        return coopProfile;
    }

    /** Photo files in, content hashes out: what the editor's drop target and the logo picker use. */
    public Optional<PhotoImport> photoImport() {
        return Optional.of(file -> photoImporter.importFile(file).sha256());
    }

    public ProductImporter productImporter() {
        return productImporter;
    }

    public ProductExporter productExporter() {
        return productExporter;
    }

    /** Member households and their plots. */
    public MemberService members() {
        return members;
    }

    /** Named places: farms, drying houses, warehouses, shops, fair booths. */
    public LocationService locations() {
        return locations;
    }

    /** Reads lots and their stock. */
    public LotRepository lots() {
        return lots;
    }

    /** Edits lots' plain fields; suggests codes. */
    public LotService lotService() {
        return lotService;
    }

    public LotCodeSettings lotCodeSettings() {
        return lotCodeSettings;
    }

    /** Records traceability events and error declarations (signed, chained, append-only). */
    public EventRecorder eventRecorder() {
        return eventRecorder;
    }

    /** Reads recorded events: one, a lot's history, a time range. */
    public EventRepository events() {
        return events;
    }

    /** Certificates and other files attached to events. */
    public Attachments attachments() {
        return attachments;
    }

    public LineageService lineage() {
        return lineage;
    }

    public RecallService recalls() {
        return recalls;
    }

    /** Label stock: the built-in sheet and roll templates and the user's own. */
    public org.tradekit.label.stock.StockCatalogue labelStock() {
        return org.tradekit.label.stock.StockCatalogue.open(dataDir);
    }

    /** Finds the lot a pasted or scanned link or code names. */
    public LotLookup lotLookup() {
        return lotLookup;
    }

    /** Checks every device's chain of events (tradekit trace verify). */
    public ChainVerifier chainVerifier() {
        return chainVerifier;
    }

    /** A lot's history or a date range as an EPCIS 2.0 document (tradekit trace export-epcis). */
    public EpcisExporter epcisExporter() {
        return epcisExporter;
    }

    /** Partners' EPCIS 2.0 documents into the lineage as external events (tradekit trace import-epcis). */
    public EpcisImporter epcisImporter() {
        return epcisImporter;
    }

    /** A lot's Digital Link, and scanned or pasted links back to their lot. */
    public ConsumerSite consumerSite() {
        return consumerSite;
    }

    public LotLinks lotLinks() {
        return lotLinks;
    }

    public LabelRunService labelRuns() {
        return labelRuns;
    }

    /** Print runs recorded against their lots, and the serials they used. */
    public PrintRuns printRuns() {
        return printRuns;
    }

    /** Fairs, and the one this device captures leads for. */
    public FairService fairs() {
        return fairs;
    }

    /** Who captures at which fair on this computer (device-local, not synced). */
    public BoothMemory boothMemory() {
        return new BoothMemory(dataDir);
    }

    /** Each fair's qualifying questions (and the answers given to them). */
    public FairQuestions fairQuestions() {
        return fairQuestions;
    }

    /** Saving leads with their consent, duplicates, erasure on request. */
    public LeadService leads() {
        return leads;
    }

    public LeadRepository leadRepository() {
        return leadRepository;
    }

    /** After the fair: merging duplicates, the pipeline, per-fair summaries, follow-up drafts. */
    public LeadFollowUp leadFollowUp() {
        return leadFollowUp;
    }

    /** Leads in from a CSV or vCard file another device exported. */
    public org.tradekit.lead.io.LeadImporter leadImporter() {
        return new org.tradekit.lead.io.LeadImporter(database, clock, fairs, leads, products());
    }

    /** Leads out to CSV, XLSX or vCard files (streamed from one query). */
    public org.tradekit.lead.io.LeadExporter leadExporter() {
        return new org.tradekit.lead.io.LeadExporter(new org.tradekit.lead.io.LeadRows(database));
    }

    /** This machine's printer calibrations, per printer and stock (device-local, not synced). */
    public Calibrations calibrations() {
        return calibrations;
    }

    /** Prints a label run's PDF to a system printer. */
    public PdfPrinter pdfPrinter() {
        return pdfPrinter;
    }

    /** Catalogues, spec sheets and price lists in the buyers' languages. */
    public BrochureService brochures() {
        return brochures;
    }

    @Override
    public void close() {
        signatures.close();
        database.close();
    }
}
