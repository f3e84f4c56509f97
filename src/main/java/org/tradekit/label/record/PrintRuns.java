package org.tradekit.label.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tradekit.store.Database;
import org.tradekit.store.EntityType;
import org.tradekit.store.RowMapper;
import org.tradekit.store.Select;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;

/**
 * Print runs recorded against their lots, and the serials they used (decision 0018). A run is
 * planned with {@link #reserve}, printed, and {@link #record recorded} only once the PDF exists or
 * the printer took the job: a refused, failed or cancelled run records nothing and its serials are
 * offered again to the next run (nothing carrying them left the machine).
 */
public final class PrintRuns {
    public static final EntityType ENTITY = new EntityType("print_run", "print_run", List.of("lot_id", "product_id",
            "layout", "stock", "label_count", "copies", "serial_tag", "serial_first", "serial_last", "lang", "destination",
            "device_id", "os_user", "profile_id", "printed_at", "printed_ms"));
    /** Candidate tags tried before giving up: each is taken by another device with odds of 1 in a million. */
    private static final int TAG_ATTEMPTS = 64;
    private static final String COLUMNS = "id, lot_id, product_id, layout, stock, label_count, copies, serial_tag, "
            + "serial_first, serial_last, lang, destination, device_id, os_user, profile_id, printed_at";

    private final Database db;
    private final Clock clock;
    private final String osUser;

    /** @param osUser the operating-system user, recorded as who printed until there are user profiles */
    public PrintRuns(Database db, Clock clock, String osUser) {
        this.db = db;
        this.clock = clock;
        this.osUser = osUser;
    }

    /**
     * The serials the next run of {@code count} labels of the lot should print: this device's tag,
     * numbered on after the last serial recorded with that tag for the lot. A plan, not a claim:
     * nothing is written, so a run that never happens costs nothing.
     */
    public SerialRange reserve(String lotId, int count) {
        if (count < 1) {
            throw new PrintRunException("label.record.error.count", count);
        }
        return db.read(c -> {
            String tag = tag(c);
            try (var ps = c.prepareStatement("SELECT coalesce(max(serial_last), 0) FROM print_run "
                    + "WHERE lot_id = ? AND serial_tag = ?")) { // tombstoned runs count too: their labels exist
                long last = RowMapper.list(ps, rs -> rs.getLong(1), lotId, tag).get(0);
                return new SerialRange(tag, last + 1, last + count);
            }
        });
    }

    /** This device's serial tag: the one it printed with before, else a fresh one no other known device uses. */
    public String serialTag() {
        return db.read(this::tag);
    }

    private String tag(java.sql.Connection c) throws SQLException {
        String device = db.deviceId();
        try (var ps = c.prepareStatement("SELECT serial_tag FROM print_run WHERE device_id = ? AND serial_tag IS NOT NULL "
                + "ORDER BY printed_ms DESC LIMIT 1")) {
            List<String> mine = RowMapper.list(ps, rs -> rs.getString(1), device);
            if (!mine.isEmpty()) {
                return mine.get(0);
            }
        }
        try (var ps = c.prepareStatement("SELECT 1 FROM print_run WHERE serial_tag = ? AND device_id <> ? LIMIT 1")) {
            for (int attempt = 0; attempt < TAG_ATTEMPTS; attempt++) {
                String candidate = SerialTags.candidate(device, attempt);
                if (RowMapper.list(ps, rs -> 1, candidate, device).isEmpty()) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no free serial tag for device " + device);
    }

    /**
     * Records a run that succeeded, in one transaction (one change row per field, like any entity).
     * Refused, and nothing written, when the lot does not exist or the serials overlap a recorded run.
     */
    public PrintRun record(PrintRunDraft d) {
        return record(List.of(d)).get(0);
    }

    /**
     * Records a run of several lots' labels, one record per lot, all in one transaction: if one lot
     * is refused none is recorded.
     */
    public List<PrintRun> record(List<PrintRunDraft> drafts) {
        for (PrintRunDraft d : drafts) {
            if (d.labels() < 1 || d.copies() < 1) {
                throw new PrintRunException("label.record.error.count", Math.min(d.labels(), d.copies()));
            }
            if (d.serials() != null && d.serials().count() != d.labels()) {
                throw new IllegalArgumentException(d.labels() + " labels but " + d.serials().count() + " serials");
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        return db.write(tx -> {
            List<PrintRun> runs = new ArrayList<>();
            for (PrintRunDraft d : drafts) {
                runs.add(insert(tx, d, now));
            }
            return runs;
        });
    }

    private PrintRun insert(WriteTx tx, PrintRunDraft d, OffsetDateTime now) throws SQLException {
        String id = Uuid7.next();
        List<String> product = tx.query("SELECT product_id FROM lot WHERE id = ? AND _cl % 2 = 1",
                rs -> rs.getString(1), d.lotId());
        if (product.isEmpty()) {
            throw new PrintRunException("label.record.error.noLot", d.lotId());
        }
        SerialRange s = d.serials();
        if (s != null) {
            List<PrintRun> clash = tx.query("SELECT " + COLUMNS + " FROM print_run WHERE lot_id = ? AND serial_tag = ? "
                    + "AND serial_first <= ? AND serial_last >= ? LIMIT 1", PrintRuns::run, d.lotId(), s.tag(), s.last(),
                    s.first());
            if (!clash.isEmpty()) {
                throw new PrintRunException("label.record.error.serialsUsed", s.toString(), clash.get(0).serials().toString());
            }
        }
        PrintRun r = new PrintRun(id, d.lotId(), product.get(0), d.layout(), d.stock(), d.labels(), d.copies(), s, d.lang(),
                d.destination(), db.deviceId(), osUser, null, now);
        tx.insert(ENTITY, id, values(r, now.toInstant().toEpochMilli()));
        return r;
    }

    private static Map<String, Object> values(PrintRun r, long ms) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("lot_id", r.lotId());
        v.put("product_id", r.productId());
        v.put("layout", r.layout());
        v.put("stock", r.stock());
        v.put("label_count", r.labels());
        v.put("copies", r.copies());
        if (r.serials() != null) {
            v.put("serial_tag", r.serials().tag());
            v.put("serial_first", r.serials().first());
            v.put("serial_last", r.serials().last());
        }
        v.put("lang", r.lang());
        v.put("destination", r.destination());
        v.put("device_id", r.deviceId());
        v.put("os_user", r.osUser());
        v.put("profile_id", r.profileId());
        v.put("printed_at", r.printedAt().toString());
        v.put("printed_ms", ms);
        return v;
    }

    /** The lot's print runs, oldest first. */
    public List<PrintRun> runsOf(String lotId) {
        return runsOf(List.of(lotId));
    }

    /** The print runs of any of these lots (a recall's), oldest first. */
    public List<PrintRun> runsOf(Collection<String> lotIds) {
        List<PrintRun> out = new ArrayList<>(db.read(c -> Select.on(c).listIn("SELECT " + COLUMNS
                + " FROM print_run WHERE _cl % 2 = 1 AND lot_id IN " + Select.IN_LIST, lotIds, PrintRuns::run)));
        out.sort(java.util.Comparator.comparing((PrintRun r) -> r.printedAt().toInstant()).thenComparing(PrintRun::id));
        return out;
    }

    /** The run that printed this serial of the lot (a scanned label back to who printed it, when, where). */
    public Optional<PrintRun> whoPrinted(String lotId, String serial) {
        Optional<SerialRange.Parsed> p = SerialRange.parse(serial);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + COLUMNS + " FROM print_run WHERE lot_id = ? AND serial_tag = ? "
                    + "AND serial_first <= ? AND serial_last >= ? ORDER BY printed_ms LIMIT 1")) {
                return RowMapper.list(ps, PrintRuns::run, lotId, p.get().tag(), p.get().number(), p.get().number()).stream()
                        .findFirst();
            }
        });
    }

    private static PrintRun run(ResultSet rs) throws SQLException {
        String tag = rs.getString(8);
        SerialRange serials = tag == null ? null : new SerialRange(tag, rs.getLong(9), rs.getLong(10));
        return new PrintRun(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getInt(7), serials, rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15), OffsetDateTime.parse(rs.getString(16)));
    }
}
