package org.tradekit.trace.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.ValidationException;
import org.tradekit.store.Database;
import org.tradekit.store.RowMapper;
import org.tradekit.store.WriteTx;
import org.tradekit.trace.MasterData;

/** Member households and their plots: each save is one transaction with its change rows. */
public final class MemberService {
    private static final String MEMBER_COLUMNS = "id, code, name, commune, province, phone, certifications, notes";
    private static final String PLOT_COLUMNS = "id, member_id, name, area_m2, latitude, longitude, crop";

    private final Database db;

    public MemberService(Database db) {
        this.db = db;
    }

    /**
     * @throws ValidationException when the name is missing; nothing is written then
     */
    public Member save(Member m) {
        Member clean = new Member(m.id(), MasterData.clean(m.code()), MasterData.clean(m.name()),
                MasterData.clean(m.commune()), MasterData.clean(m.province()), MasterData.clean(m.phone()),
                MasterData.clean(m.certifications()), MasterData.clean(m.notes()));
        if (clean.name() == null) {
            throw new ValidationException(List.of(FieldProblem.of("name", "trace.member.error.nameRequired")));
        }
        return clean.withId(db.write(tx -> write(tx, clean)));
    }

    /** Writes a checked member inside a caller's transaction (the demo generator's path too). */
    public static String write(WriteTx tx, Member m) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", m.code());
        v.put("name", m.name());
        v.put("commune", m.commune());
        v.put("province", m.province());
        v.put("phone", m.phone());
        v.put("certifications", m.certifications());
        v.put("notes", m.notes());
        return MasterData.save(tx, MemberEntities.MEMBER, m.id(), v);
    }

    /**
     * @throws ValidationException listing every broken rule (member unknown, negative area,
     *                             coordinates out of range or only one of them); nothing is written then
     */
    public Plot savePlot(Plot p) {
        Plot clean = new Plot(p.id(), p.memberId(), MasterData.clean(p.name()), p.areaM2(), p.latitude(), p.longitude(),
                MasterData.clean(p.crop()));
        return clean.withId(db.write(tx -> {
            List<FieldProblem> problems = new ArrayList<>(check(clean));
            if (clean.memberId() == null || tx.query("SELECT 1 FROM member WHERE id = ? AND _cl % 2 = 1", rs -> 1,
                    clean.memberId()).isEmpty()) {
                problems.add(FieldProblem.of("member_id", "trace.plot.error.memberMissing"));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return writePlot(tx, clean);
        }));
    }

    static List<FieldProblem> check(Plot p) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p.areaM2() != null && (p.areaM2() < 0 || p.areaM2().isNaN())) {
            problems.add(FieldProblem.of("area_m2", "trace.plot.error.area"));
        }
        if ((p.latitude() == null) != (p.longitude() == null)) {
            problems.add(FieldProblem.of(p.latitude() == null ? "latitude" : "longitude", "trace.plot.error.halfPosition"));
        }
        if (p.latitude() != null && !(p.latitude() >= -90 && p.latitude() <= 90)) {
            problems.add(FieldProblem.of("latitude", "trace.plot.error.latitude", p.latitude()));
        }
        if (p.longitude() != null && !(p.longitude() >= -180 && p.longitude() <= 180)) {
            problems.add(FieldProblem.of("longitude", "trace.plot.error.longitude", p.longitude()));
        }
        return problems;
    }

    public static String writePlot(WriteTx tx, Plot p) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("member_id", p.memberId());
        v.put("name", p.name());
        v.put("area_m2", p.areaM2());
        v.put("latitude", p.latitude());
        v.put("longitude", p.longitude());
        v.put("crop", p.crop());
        return MasterData.save(tx, MemberEntities.PLOT, p.id(), v);
    }

    /** Deletes a member (a tombstone; its lots keep naming it as their origin). */
    public void delete(String memberId) {
        db.write(tx -> tx.delete(MemberEntities.MEMBER, memberId));
    }

    public void deletePlot(String plotId) {
        db.write(tx -> tx.delete(MemberEntities.PLOT, plotId));
    }

    public Optional<Member> find(String id) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + MEMBER_COLUMNS + " FROM member WHERE id = ?")) {
                return first(RowMapper.list(ps, MemberService::member, id));
            }
        });
    }

    /** Live members by name. */
    public List<Member> list() {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + MEMBER_COLUMNS + " FROM member WHERE _cl % 2 = 1 ORDER BY name, id")) {
                return RowMapper.list(ps, MemberService::member);
            }
        });
    }

    public List<Plot> plots(String memberId) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + PLOT_COLUMNS
                    + " FROM plot WHERE member_id = ? AND _cl % 2 = 1 ORDER BY name, id")) {
                return RowMapper.list(ps, MemberService::plot, memberId);
            }
        });
    }

    public Optional<Plot> findPlot(String id) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + PLOT_COLUMNS + " FROM plot WHERE id = ?")) {
                return first(RowMapper.list(ps, MemberService::plot, id));
            }
        });
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static Member member(ResultSet rs) throws SQLException {
        return new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    static Plot plot(ResultSet rs) throws SQLException {
        return new Plot(rs.getString(1), rs.getString(2), rs.getString(3), real(rs, 4), real(rs, 5), real(rs, 6),
                rs.getString(7));
    }

    private static Double real(ResultSet rs, int col) throws SQLException {
        double d = rs.getDouble(col);
        return rs.wasNull() ? null : d;
    }
}
