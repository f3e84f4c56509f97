package org.tradekit.lead;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tradekit.store.Database;
import org.tradekit.store.Select;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;
import org.tradekit.text.Fold;

/**
 * Fairs, and the fair this device is capturing leads for. The current fair is chosen once and tags
 * every lead saved here; it is kept per device (a synced setting named after the device) because
 * two booth laptops may be at two fairs in the same week.
 */
public final class FairService {
    private static final String COLUMNS = "id, name, city, country, starts, ends, booth, staff";
    private static final String CURRENT = "current_fair/";

    private final Database db;

    public FairService(Database db) {
        this.db = db;
    }

    /** Saves a new fair (its id is ignored) in one transaction and returns it with its id. */
    public Fair create(Fair fair) {
        Fair f = checked(fair).withId(Uuid7.next());
        db.write(tx -> {
            tx.insert(LeadEntities.FAIR, f.id(), values(f));
            return null;
        });
        return f;
    }

    /** Changes a saved fair's fields (only those that differ are written and logged). */
    public Fair update(Fair fair) {
        Fair f = checked(fair);
        if (f.id() == null) {
            throw new IllegalArgumentException("update needs a saved fair");
        }
        db.write(tx -> {
            if (find(tx::query, f.id()).isEmpty()) {
                throw new LeadException("lead.error.noFair", f.id());
            }
            return tx.update(LeadEntities.FAIR, f.id(), values(f));
        });
        return f;
    }

    /**
     * Saves a fair (new when its id is null) and makes {@code questions} its questions, in one
     * transaction: the Fairs screen's save. Refused in words, with nothing written, when the fair or
     * any question is not right.
     */
    public Fair save(Fair fair, List<Question> questions) {
        Fair f = checked(fair);
        List<Question> qs = FairQuestions.check(questions);
        Fair saved = f.id() == null ? f.withId(Uuid7.next()) : f;
        db.write(tx -> {
            if (f.id() == null) {
                tx.insert(LeadEntities.FAIR, saved.id(), values(saved));
            } else if (find(tx::query, f.id()).isEmpty()) {
                throw new LeadException("lead.error.noFair", f.id());
            } else {
                tx.update(LeadEntities.FAIR, f.id(), values(f));
            }
            return FairQuestions.write(tx, saved.id(), qs);
        });
        return saved;
    }

    public Optional<Fair> find(String id) {
        return db.read(c -> find(Select.on(c), id));
    }

    /** Every live fair, the latest first. */
    public List<Fair> all() {
        return db.read(c -> Select.on(c).list("SELECT " + COLUMNS + " FROM fair WHERE _cl % 2 = 1 "
                + "ORDER BY starts DESC, name", FairService::fair));
    }

    /** Makes {@code fairId} the fair this device tags its leads with. */
    public void setCurrent(String fairId) {
        db.write(tx -> {
            if (find(tx::query, fairId).isEmpty()) {
                throw new LeadException("lead.error.noFair", fairId);
            }
            String name = CURRENT + db.deviceId();
            List<String> ids = tx.query("SELECT id FROM lead_setting WHERE name = ? AND _cl % 2 = 1 LIMIT 1",
                    rs -> rs.getString(1), name);
            if (ids.isEmpty()) {
                tx.insert(LeadEntities.SETTING, Uuid7.next(), Map.of("name", name, "value", fairId));
            } else {
                tx.update(LeadEntities.SETTING, ids.get(0), Map.of("value", fairId));
            }
            return null;
        });
    }

    /** The fair this device is capturing for, when one was chosen and still exists. */
    public Optional<Fair> current() {
        return db.read(c -> current(Select.on(c), db.deviceId()));
    }

    static Optional<Fair> current(Select s, String deviceId) throws SQLException {
        List<String> ids = s.list("SELECT value FROM lead_setting WHERE name = ? AND _cl % 2 = 1 LIMIT 1",
                rs -> rs.getString(1), CURRENT + deviceId);
        return ids.isEmpty() ? Optional.empty() : find(s, ids.get(0));
    }

    static Optional<Fair> find(Select s, String id) throws SQLException {
        return s.list("SELECT " + COLUMNS + " FROM fair WHERE id = ? AND _cl % 2 = 1", FairService::fair, id).stream()
                .findFirst();
    }

    private static Fair checked(Fair f) {
        String name = Fold.clean(f.name());
        if (name == null) {
            throw new LeadException("lead.error.fairName");
        }
        if (f.starts() != null && f.ends() != null && f.ends().isBefore(f.starts())) {
            throw new LeadException("lead.error.fairDates", f.starts(), f.ends());
        }
        List<String> staff = f.staff().stream().map(Fold::clean).filter(s -> s != null).distinct().toList();
        return new Fair(f.id(), name, Fold.clean(f.city()), Countries.check(f.country()), f.starts(), f.ends(),
                Fold.clean(f.booth()), staff);
    }

    private static Map<String, Object> values(Fair f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", f.name());
        v.put("city", f.city());
        v.put("country", f.country());
        v.put("starts", f.starts());
        v.put("ends", f.ends());
        v.put("booth", f.booth());
        v.put("staff", f.staff().isEmpty() ? null : String.join("\n", f.staff()));
        return v;
    }

    private static Fair fair(ResultSet rs) throws SQLException {
        String staff = rs.getString(8);
        return new Fair(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getString(5)),
                date(rs.getString(6)), rs.getString(7), staff == null ? List.of() : Arrays.asList(staff.split("\n")));
    }

    static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
