package org.tradekit.coop;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.ValidationException;
import org.tradekit.store.Database;
import org.tradekit.store.EntityType;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;

/** Reads and saves the one cooperative profile (table {@code coop_profile}); each save is one transaction. */
public final class CoopProfileService {
    public static final EntityType ENTITY = new EntityType("coop_profile", "coop_profile",
            java.util.stream.Stream.concat(CoopProfile.empty().columns().keySet().stream(),
                    CoopBrand.empty().columns().keySet().stream()).toList());
    private static final String CURRENT = "SELECT id FROM coop_profile WHERE _cl % 2 = 1 ORDER BY _hlc, id LIMIT 1";
    private static final String SELECT = "SELECT id, name_vi, name_en, address, province, phone, email, website, "
            + "logo_sha256, gs1_prefix, trace_domain, currency FROM coop_profile WHERE _cl % 2 = 1 ORDER BY _hlc, id LIMIT 1";

    private final Database db;

    public CoopProfileService(Database db) {
        this.db = db;
    }

    /** The domain the cooperative's QR links and consumer pages live on, when one is set. */
    public Optional<String> traceDomain() {
        return load().map(CoopProfile::traceDomain).filter(d -> !d.isBlank());
    }

    /** The profile, or empty on a new installation (the first-run wizard asks for it then). */
    public Optional<CoopProfile> load() {
        return db.read(c -> {
            try (var ps = c.prepareStatement(SELECT); var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.<CoopProfile>empty();
            }
        });
    }

    /**
     * Saves the profile: the first save creates the row, later ones change only what differs.
     *
     * @throws ValidationException listing every broken rule; nothing is written then
     */
    public CoopProfile save(CoopProfile profile) {
        check(CoopProfileValidator.check(profile));
        return db.write(tx -> write(tx, profile));
    }

    /** The story and colour; empty ones on a new installation or before the cooperative set them. */
    public CoopBrand brand() {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT story_vi, story_en, brand_colour FROM coop_profile "
                    + "WHERE _cl % 2 = 1 ORDER BY _hlc, id LIMIT 1"); var rs = ps.executeQuery()) {
                return rs.next() ? new CoopBrand(rs.getString(1), rs.getString(2), rs.getString(3)) : CoopBrand.empty();
            }
        });
    }

    /**
     * Saves the story and colour of the existing profile.
     *
     * @throws ValidationException when a rule is broken or there is no profile yet; nothing is written then
     */
    public CoopBrand saveBrand(CoopBrand brand) {
        check(brand.problems());
        return db.write(tx -> {
            List<String> existing = tx.query(CURRENT, rs -> rs.getString(1));
            if (existing.isEmpty()) {
                throw new ValidationException(List.of(FieldProblem.of("name_vi", "coop.error.brandNoProfile")));
            }
            tx.update(ENTITY, existing.get(0), brand.columns());
            return brand;
        });
    }

    /**
     * Saves the profile with its story and colour in one transaction (the profile form's save).
     *
     * @throws ValidationException listing every broken rule of both; nothing is written then
     */
    public CoopProfile save(CoopProfile profile, CoopBrand brand) {
        List<FieldProblem> problems = new java.util.ArrayList<>(CoopProfileValidator.check(profile));
        problems.addAll(brand.problems());
        check(problems);
        return db.write(tx -> {
            CoopProfile saved = write(tx, profile);
            tx.update(ENTITY, saved.id(), brand.columns());
            return saved;
        });
    }

    private static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static CoopProfile write(WriteTx tx, CoopProfile p) throws SQLException {
        List<String> existing = tx.query(CURRENT, rs -> rs.getString(1));
        if (existing.isEmpty()) {
            String id = Uuid7.next();
            var values = p.columns();
            values.values().removeIf(java.util.Objects::isNull);
            tx.insert(ENTITY, id, values);
            return p.withId(id);
        }
        String id = existing.get(0);
        tx.update(ENTITY, id, p.columns());
        return p.withId(id);
    }

    private static CoopProfile map(java.sql.ResultSet rs) throws SQLException {
        return new CoopProfile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12));
    }
}
