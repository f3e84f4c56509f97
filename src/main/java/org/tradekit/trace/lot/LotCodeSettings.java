package org.tradekit.trace.lot;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.ValidationException;
import org.tradekit.store.Database;
import org.tradekit.store.Select;
import org.tradekit.store.Uuid7;

/** The cooperative's lot code pattern, a synced setting shared by every device. */
public final class LotCodeSettings {
    static final String NAME = "lot_code_pattern";

    private final Database db;

    public LotCodeSettings(Database db) {
        this.db = db;
    }

    public LotCodePattern pattern() {
        return db.read(c -> pattern(Select.on(c)));
    }

    /** The pattern inside a write transaction (what a lot made in it uses). */
    public static LotCodePattern pattern(Select tx) throws SQLException {
        List<String> found = tx.list(SELECT, rs -> rs.getString(2), NAME);
        return found.isEmpty() ? LotCodePattern.DEFAULT : usable(found.get(0));
    }

    /**
     * @throws ValidationException when the pattern cannot make good codes (the message says why); nothing is written then
     */
    public LotCodePattern setPattern(String text) {
        String clean = text == null ? null : text.strip();
        Optional<FieldProblem> problem = LotCodePattern.problem(clean);
        if (problem.isPresent()) {
            throw new ValidationException(List.of(problem.get()));
        }
        db.write(tx -> {
            List<String> ids = tx.query(SELECT, rs -> rs.getString(1), NAME);
            if (ids.isEmpty()) {
                tx.insert(LotEntities.SETTING, Uuid7.next(), Map.of("name", NAME, "value", clean));
            } else {
                tx.update(LotEntities.SETTING, ids.get(0), Map.of("value", clean));
            }
            return null;
        });
        return new LotCodePattern(clean);
    }

    private static final String SELECT = "SELECT id, value FROM trace_setting WHERE name = ? AND _cl % 2 = 1 ORDER BY _hlc, id LIMIT 1";

    /** A pattern synced from a newer version that this one cannot read falls back to the default. */
    private static LotCodePattern usable(String text) {
        return LotCodePattern.problem(text).isEmpty() ? new LotCodePattern(text) : LotCodePattern.DEFAULT;
    }
}
