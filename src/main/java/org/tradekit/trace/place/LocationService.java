package org.tradekit.trace.place;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.ValidationException;
import org.tradekit.gs1.Gln;
import org.tradekit.gs1.Gtin;
import org.tradekit.store.Database;
import org.tradekit.store.EntityType;
import org.tradekit.store.RowMapper;
import org.tradekit.store.WriteTx;
import org.tradekit.trace.MasterData;

/** Named places; each save is one transaction with its change rows. */
public final class LocationService {
    public static final EntityType ENTITY = new EntityType("location", "location", List.of("name", "kind", "gln", "address"));
    private static final String COLUMNS = "id, name, kind, gln, address";

    private final Database db;

    public LocationService(Database db) {
        this.db = db;
    }

    /**
     * @throws ValidationException when the name or kind is missing or the GLN is not a GLN (the
     *                             message gives the right check digit); nothing is written then
     */
    public Location save(Location location) {
        String gln = location.gln() == null || location.gln().isBlank() ? null : Gtin.clean(location.gln());
        Location clean = new Location(location.id(), MasterData.clean(location.name()), location.kind(), gln,
                MasterData.clean(location.address()));
        List<FieldProblem> problems = check(clean);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return clean.withId(db.write(tx -> write(tx, clean)));
    }

    static List<FieldProblem> check(Location l) {
        List<FieldProblem> problems = new ArrayList<>();
        if (l.name() == null) {
            problems.add(FieldProblem.of("name", "trace.location.error.nameRequired"));
        }
        if (l.kind() == null) {
            problems.add(FieldProblem.of("kind", "trace.location.error.kindRequired"));
        }
        if (l.gln() != null) {
            Gln.problem(l.gln()).ifPresent(p -> problems.add(switch (p) {
                case NOT_DIGITS -> FieldProblem.of("gln", "trace.location.error.glnDigits");
                case LENGTH -> FieldProblem.of("gln", "trace.location.error.glnLength");
                case CHECK_DIGIT -> FieldProblem.of("gln", "trace.location.error.glnCheckDigit",
                        String.valueOf(Gtin.checkDigit(l.gln().substring(0, 12))));
            }));
        }
        return problems;
    }

    /** Writes a checked location inside a caller's transaction. */
    public static String write(WriteTx tx, Location l) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", l.name());
        v.put("kind", l.kind() == null ? null : l.kind().code());
        v.put("gln", l.gln());
        v.put("address", l.address());
        return MasterData.save(tx, ENTITY, l.id(), v);
    }

    public void delete(String id) {
        db.write(tx -> tx.delete(ENTITY, id));
    }

    public Optional<Location> find(String id) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + COLUMNS + " FROM location WHERE id = ?")) {
                List<Location> found = RowMapper.list(ps, LocationService::map, id);
                return found.isEmpty() ? Optional.<Location>empty() : Optional.of(found.get(0));
            }
        });
    }

    /** Live places by name. */
    public List<Location> list() {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + COLUMNS + " FROM location WHERE _cl % 2 = 1 ORDER BY name, id")) {
                return RowMapper.list(ps, LocationService::map);
            }
        });
    }

    static Location map(ResultSet rs) throws SQLException {
        return new Location(rs.getString(1), rs.getString(2), LocationKind.of(rs.getString(3)), rs.getString(4),
                rs.getString(5));
    }
}
