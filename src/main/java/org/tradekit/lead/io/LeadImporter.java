package org.tradekit.lead.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.tradekit.catalog.ProductRepository;
import org.tradekit.i18n.LocalizedException;
import org.tradekit.lead.Consent;
import org.tradekit.lead.Fair;
import org.tradekit.lead.FairService;
import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadDraft;
import org.tradekit.lead.LeadException;
import org.tradekit.lead.LeadService;
import org.tradekit.lead.PossibleDuplicate;
import org.tradekit.lead.card.CardReader;
import org.tradekit.lead.card.Phones;
import org.tradekit.store.Database;
import org.tradekit.text.Fold;
import org.tradekit.work.Work;

/**
 * Imports leads from a CSV file (the columns of {@link LeadColumn}, as another device exported them)
 * or a .vcf file (any address book's, or ours with its X-TRADEKIT properties). Each lead is saved
 * in its own transaction with its capture time, fair (by name, created when this device does not
 * know it), staff and consent. A row that cannot be saved is reported with its number, column and
 * why, and the others go on. Re-import rule (decision 0028): a row whose person (email, phone or
 * name) was already captured at the same fair at the same second is skipped, so importing the same
 * file twice adds nothing; other possible duplicates are saved and flagged.
 */
public final class LeadImporter {
    /** What became of one row or card. {@code column} and {@code problem} are set when it was refused. */
    public record Outcome(int row, Lead saved, List<PossibleDuplicate> duplicates, boolean alreadyThere,
            LeadColumn column, LocalizedException problem, List<String> unknownSkus) {
    }

    /** Hears about each row as it is done (the CLI prints it). */
    public interface Listener {
        void row(Outcome outcome);
    }

    public record Summary(int rows, int saved, int alreadyThere, int refused, List<String> fairsCreated) {
    }

    private static final int PROGRESS_EVERY = 100;

    private final Database db;
    private final Clock clock;
    private final FairService fairs;
    private final LeadService leads;
    private final ProductRepository products;

    public LeadImporter(Database db, Clock clock, FairService fairs, LeadService leads, ProductRepository products) {
        this.db = db;
        this.clock = clock;
        this.fairs = fairs;
        this.leads = leads;
        this.products = products;
    }

    /**
     * @param fairId    every lead goes to this fair when not null, else to the fair its row names
     * @param fallback  the consent for rows (and cards) that carry none; null: such rows are refused
     */
    public Summary importFile(Path file, String fairId, Consent fallback, Listener listener, Work work) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LeadFileException("lead.io.error.missing", e, file);
        } catch (IOException e) {
            throw new LeadFileException("lead.io.error.read", e, file, String.valueOf(e.getMessage()));
        }
        Run run = new Run(fairId, fallback, listener);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = CardReader.text(bytes);
        if (name.endsWith(".vcf") || name.endsWith(".vcard") || text.strip().replace("\uFEFF", "")
                .toUpperCase(Locale.ROOT).startsWith("BEGIN:VCARD")) {
            List<String> cards = VCardChunks.split(text);
            for (int i = 0; i < cards.size(); i++) {
                progress(work, i, cards.size());
                run.row(i + 1, VcfLeads.values(cards.get(i)));
            }
        } else {
            csv(bytes, file, run, work);
        }
        return new Summary(run.rows, run.saved, run.already, run.refused, List.copyOf(run.created));
    }

    private void csv(byte[] bytes, Path file, Run run, Work work) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).get();
        try (InputStream in = new java.io.ByteArrayInputStream(bytes);
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
            Map<Integer, LeadColumn> columns = new HashMap<>();
            List<String> headers = parser.getHeaderNames();
            for (int i = 0; i < headers.size(); i++) {
                LeadColumn c = LeadColumn.ofHeader(headers.get(i));
                if (c != null) {
                    columns.putIfAbsent(i, c);
                }
            }
            if (!columns.containsValue(LeadColumn.NAME) && !columns.containsValue(LeadColumn.EMAIL)
                    && !columns.containsValue(LeadColumn.PHONE)) {
                throw new LeadFileException("lead.io.error.notLeads", null, file.getFileName());
            }
            int n = 0;
            for (CSVRecord rec : parser) {
                progress(work, n++, -1);
                Map<LeadColumn, String> values = new EnumMap<>(LeadColumn.class);
                columns.forEach((i, c) -> {
                    if (i < rec.size()) {
                        values.put(c, rec.get(i));
                    }
                });
                run.row((int) rec.getRecordNumber() + 1, values); // the header is row 1, as a spreadsheet shows it
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new LeadFileException("lead.io.error.csv", e, file.getFileName(), run.rows + 2,
                    String.valueOf(e.getMessage()));
        }
    }

    /** {@code total} -1: not known before the end (a CSV is read as it comes). */
    private static void progress(Work work, int done, int total) {
        if (done % PROGRESS_EVERY == 0) {
            work.cancel().check();
            work.report(done, total, "lead.io.importProgress", done);
        }
    }

    /** The state of one import: fairs found or created by name, and the counts. */
    private final class Run {
        final String fairId;
        final Consent fallback;
        final Listener listener;
        final Map<String, String> fairByKey = new HashMap<>();
        final List<String> created = new ArrayList<>();
        int rows;
        int saved;
        int already;
        int refused;

        Run(String fairId, Consent fallback, Listener listener) {
            this.fairId = fairId;
            this.fallback = fallback;
            this.listener = listener;
            fairs.all().forEach(f -> fairByKey.putIfAbsent(Fold.key(f.name()), f.id()));
        }

        void row(int number, Map<LeadColumn, String> v) {
            rows++;
            Outcome o;
            try {
                o = save(number, v);
            } catch (RowProblem p) {
                o = new Outcome(number, null, List.of(), false, p.column, p.problem, List.of());
            }
            if (o.saved() != null) {
                saved++;
            } else if (o.alreadyThere()) {
                already++;
            } else {
                refused++;
            }
            listener.row(o);
        }

        private Outcome save(int number, Map<LeadColumn, String> v) {
            OffsetDateTime captured = parse(v, LeadColumn.CAPTURED_AT, s -> OffsetDateTime.parse(s)
                    .truncatedTo(ChronoUnit.SECONDS), "lead.io.error.time");
            LocalDate followUp = parse(v, LeadColumn.FOLLOW_UP, LocalDate::parse, "lead.io.error.date");
            boolean samples = yesNo(v, LeadColumn.SAMPLES);
            boolean brochure = yesNo(v, LeadColumn.BROCHURE);
            Consent consent = consent(v);
            String fair = fairId != null ? fairId : fair(v.get(LeadColumn.FAIR));
            List<String> productIds = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String sku : split(v.get(LeadColumn.PRODUCT_SKUS))) {
                products.idBySku(sku).ifPresentOrElse(productIds::add, () -> unknown.add(sku));
            }
            String phone = Fold.clean(v.get(LeadColumn.PHONE));
            String asWritten = Fold.clean(v.get(LeadColumn.PHONE_AS_WRITTEN));
            String notes = Fold.clean(v.get(LeadColumn.NOTES));
            String answers = Fold.clean(v.get(LeadColumn.ANSWERS));
            if (answers != null && (notes == null || !notes.contains(answers))) {
                notes = notes == null ? answers : notes + "\n" + answers; // questions belong to the other device's fair
            }
            LeadDraft d = new LeadDraft().fairId(fair).staff(v.get(LeadColumn.STAFF)).name(v.get(LeadColumn.NAME))
                    .company(v.get(LeadColumn.COMPANY)).jobTitle(v.get(LeadColumn.JOB_TITLE))
                    .country(v.get(LeadColumn.COUNTRY)).email(v.get(LeadColumn.EMAIL))
                    .phone(phone == null ? null : Phones.normalise(phone).e164(), asWritten != null ? asWritten : phone)
                    .messaging(v.get(LeadColumn.MESSAGING_APP), v.get(LeadColumn.MESSAGING_HANDLE))
                    .lang(v.get(LeadColumn.LANGUAGE)).buyerType(v.get(LeadColumn.BUYER_TYPE))
                    .volume(v.get(LeadColumn.VOLUME)).targetPrice(v.get(LeadColumn.TARGET_PRICE))
                    .rating(v.get(LeadColumn.RATING)).status(v.get(LeadColumn.STATUS)).notes(notes).followUp(followUp)
                    .samples(samples).brochure(brochure).rawCard(Fold.nfc(blankToNull(v.get(LeadColumn.CARD))))
                    .products(productIds);
            try {
                if (captured != null && alreadyThere(d, captured)) {
                    return new Outcome(number, null, List.of(), true, null, null, unknown);
                }
                List<PossibleDuplicate> duplicates = leads.possibleDuplicates(d);
                LeadService at = captured == null ? leads
                        : new LeadService(db, Clock.fixed(captured.toInstant(), captured.getOffset()));
                return new Outcome(number, at.save(d, consent), duplicates, false, null, null, unknown);
            } catch (LeadException e) {
                throw new RowProblem(columnOf(e.key()), e);
            }
        }

        private Consent consent(Map<LeadColumn, String> v) {
            if (Fold.clean(v.get(LeadColumn.CONSENT_TEXT)) == null) {
                if (fallback == null) {
                    throw new RowProblem(LeadColumn.CONSENT_TEXT, new LeadException("lead.io.error.noConsent"));
                }
                return new Consent(fallback.purpose(), fallback.text(), fallback.textVersion(),
                        fallback.staff() != null ? fallback.staff() : v.get(LeadColumn.STAFF));
            }
            String purpose = Fold.clean(v.get(LeadColumn.CONSENT_PURPOSE));
            return new Consent(purpose != null ? purpose : fallback != null ? fallback.purpose() : "follow-up",
                    v.get(LeadColumn.CONSENT_TEXT), v.get(LeadColumn.CONSENT_VERSION), v.get(LeadColumn.STAFF));
        }

        /** The fair a row names, created (name only) when this device does not know it; null: the current fair. */
        private String fair(String name) {
            String n = Fold.clean(name);
            if (n == null) {
                return null;
            }
            return fairByKey.computeIfAbsent(Fold.key(n), k -> {
                created.add(n);
                return fairs.create(new Fair(null, n, null, null, null, null, null, List.of())).id();
            });
        }

        private boolean alreadyThere(LeadDraft d, OffsetDateTime captured) {
            String fair = d.fairId() != null ? d.fairId() : fairs.current().map(Fair::id).orElse(null);
            if (fair == null) {
                return false;
            }
            String email = Fold.clean(d.email());
            String name = Fold.clean(d.name());
            String phone = Fold.clean(d.phoneRaw());
            return db.read(c -> org.tradekit.store.Select.on(c).list("SELECT email, name, phone_raw FROM lead "
                    + "WHERE fair_id = ? AND captured_at = ? AND _cl % 2 = 1", rs -> (email != null
                            && email.equalsIgnoreCase(rs.getString(1))) || (name != null && name.equals(rs.getString(2)))
                            || (phone != null && phone.equals(rs.getString(3))), fair, captured.toString()))
                    .contains(true);
        }
    }

    /** A row refused before or while saving: which column, and why. */
    private static final class RowProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient LeadColumn column;
        final transient LocalizedException problem;

        RowProblem(LeadColumn column, LocalizedException problem) {
            super(problem.getMessage(), null, false, false);
            this.column = column;
            this.problem = problem;
        }
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(String s);
    }

    private static <T> T parse(Map<LeadColumn, String> v, LeadColumn c, Parser<T> p, String key) {
        String s = Fold.clean(v.get(c));
        if (s == null) {
            return null;
        }
        try {
            return p.parse(s);
        } catch (DateTimeParseException e) {
            throw new RowProblem(c, new LeadException(key, s));
        }
    }

    private static boolean yesNo(Map<LeadColumn, String> v, LeadColumn c) {
        String s = Fold.clean(v.get(c));
        if (s == null) {
            return false;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "x", "có" -> true;
            case "no", "n", "false", "0", "không" -> false;
            default -> throw new RowProblem(c, new LeadException("lead.io.error.yesNo", s));
        };
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (String s : list.split("[;\n]")) {
                Optional.ofNullable(Fold.clean(s)).ifPresent(out::add);
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The column a store refusal is about, so the message can name it. */
    static LeadColumn columnOf(String key) {
        return switch (key) {
            case "lead.error.email" -> LeadColumn.EMAIL;
            case "lead.error.phone" -> LeadColumn.PHONE;
            case "lead.error.country" -> LeadColumn.COUNTRY;
            case "lead.error.rating" -> LeadColumn.RATING;
            case "lead.error.status" -> LeadColumn.STATUS;
            case "lead.error.buyerType" -> LeadColumn.BUYER_TYPE;
            case "lead.error.messaging" -> LeadColumn.MESSAGING_APP;
            case "lead.error.lang" -> LeadColumn.LANGUAGE;
            case "lead.error.noProduct" -> LeadColumn.PRODUCT_SKUS;
            case "lead.error.noConsent" -> LeadColumn.CONSENT_TEXT;
            case "lead.error.noFair", "lead.error.noCurrentFair" -> LeadColumn.FAIR;
            default -> LeadColumn.NAME;
        };
    }
}
