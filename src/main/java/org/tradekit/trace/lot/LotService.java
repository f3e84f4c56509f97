package org.tradekit.trace.lot;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.ValidationException;
import org.tradekit.store.Database;
import org.tradekit.store.Select;
import org.tradekit.store.WriteTx;
import org.tradekit.trace.MasterData;

/**
 * Makes lots (inside an event's transaction) and edits their plain fields. A lot's code is unique
 * among the live lots of its product; an absent code is made from the cooperative's pattern.
 */
public final class LotService {
    private final Database db;
    private final LotRepository lots;

    public LotService(Database db, LotRepository lots) {
        this.db = db;
        this.lots = lots;
    }

    /**
     * Saves the plain fields of an existing lot (code, dates, origin, supplier data, status, notes).
     *
     * @throws ValidationException listing every broken rule; nothing is written then
     */
    public Lot save(Lot lot) {
        if (lot.isNew()) {
            throw new IllegalArgumentException("a lot is made by an event (harvest, receipt, processing, packing)");
        }
        Lot clean = clean(lot);
        db.write(tx -> {
            List<FieldProblem> problems = new ArrayList<>(check(clean));
            problems.addAll(checkInTx(tx, clean));
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            tx.update(LotEntities.LOT, clean.id(), values(clean));
            return null;
        });
        return lots.find(clean.id()).orElseThrow();
    }

    public void setStatus(String lotId, LotStatus status) {
        db.write(tx -> tx.update(LotEntities.LOT, lotId, Map.of("status", status.code())));
    }

    /** The code the pattern would give a new lot of this product made on {@code date} (for a form to show). */
    public String suggestCode(String productId, LocalDate date) {
        return db.read(c -> nextCode(Select.on(c), productId, date, LotCodeSettings.pattern(Select.on(c))));
    }

    /**
     * Makes a lot inside a caller's transaction (an event's): checks it, gives it a code from the
     * pattern when it has none, inserts it.
     *
     * @return the lot with its id and code
     * @throws ValidationException listing every broken rule; the caller's transaction then writes nothing
     */
    public static Lot create(WriteTx tx, Lot spec, LotCodePattern pattern, LocalDate day) throws SQLException {
        Lot clean = clean(spec);
        if (clean.productionDate() == null) {
            clean = clean.withDates(day, clean.bestBefore(), clean.expiryDate());
        }
        List<FieldProblem> problems = new ArrayList<>(check(clean.code() == null ? clean.withCode("-") : clean));
        if (problems.isEmpty() && clean.code() == null) {
            clean = clean.withCode(nextCode(tx::query, clean.productId(), clean.productionDate(), pattern));
        }
        if (problems.isEmpty()) {
            problems.addAll(checkInTx(tx, clean));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<String, Object> v = values(clean);
        String id = MasterData.save(tx, LotEntities.LOT, null, v);
        return clean.withId(id);
    }

    static String nextCode(Select tx, String productId, LocalDate date, LotCodePattern pattern) throws SQLException {
        List<String> sku = tx.list("SELECT sku FROM product WHERE id = ?", rs -> rs.getString(1), productId);
        if (sku.isEmpty()) {
            throw new ValidationException(List.of(FieldProblem.of("product_id", "trace.lot.error.productMissing")));
        }
        long max = 0;
        for (String code : tx.list("SELECT code FROM lot WHERE product_id = ? AND code LIKE ? ESCAPE '\\' AND _cl % 2 = 1",
                rs -> rs.getString(1), productId, pattern.like(date))) {
            OptionalLong n = pattern.counterOf(code, date);
            if (n.isPresent()) {
                max = Math.max(max, n.getAsLong());
            }
        }
        return pattern.format(sku.get(0), date, max + 1);
    }

    private static Lot clean(Lot l) {
        return new Lot(l.id(), l.productId(), l.code() == null ? null : l.code().strip(), l.productionDate(),
                l.bestBefore(), l.expiryDate(), MasterData.clean(l.unit()), l.memberId(), l.plotId(), l.status(),
                MasterData.clean(l.supplierName()), MasterData.clean(l.supplierLot()), l.supplierExpiry(),
                MasterData.clean(l.notes()));
    }

    /** Rules a lot keeps on its own. */
    static List<FieldProblem> check(Lot l) {
        List<FieldProblem> problems = new ArrayList<>();
        if (l.productId() == null) {
            problems.add(FieldProblem.of("product_id", "trace.lot.error.productMissing"));
        }
        LotCode.problem(l.code()).ifPresent(problems::add);
        if (l.unit() == null) {
            problems.add(FieldProblem.of("unit", "trace.lot.error.unitRequired"));
        }
        if (l.productionDate() != null) {
            if (l.bestBefore() != null && l.bestBefore().isBefore(l.productionDate())) {
                problems.add(FieldProblem.of("best_before", "trace.lot.error.dateBeforeProduction"));
            }
            if (l.expiryDate() != null && l.expiryDate().isBefore(l.productionDate())) {
                problems.add(FieldProblem.of("expiry_date", "trace.lot.error.dateBeforeProduction"));
            }
        }
        return problems;
    }

    /** Rules that need the database: the product and origin exist, the code is free within the product. */
    private static List<FieldProblem> checkInTx(WriteTx tx, Lot l) throws SQLException {
        List<FieldProblem> problems = new ArrayList<>();
        if (tx.query("SELECT 1 FROM product WHERE id = ? AND _cl % 2 = 1", rs -> 1, l.productId()).isEmpty()) {
            problems.add(FieldProblem.of("product_id", "trace.lot.error.productMissing"));
        }
        if (!tx.query("SELECT 1 FROM lot WHERE product_id = ? AND code = ? AND _cl % 2 = 1 AND id IS NOT ? LIMIT 1",
                rs -> 1, l.productId(), l.code(), l.id()).isEmpty()) {
            problems.add(FieldProblem.of("code", "trace.lot.error.codeTaken", l.code()));
        }
        if (l.memberId() != null && tx.query("SELECT 1 FROM member WHERE id = ?", rs -> 1, l.memberId()).isEmpty()) {
            problems.add(FieldProblem.of("member_id", "trace.lot.error.memberMissing"));
        }
        if (l.plotId() != null && tx.query("SELECT 1 FROM plot WHERE id = ? AND member_id IS ?", rs -> 1, l.plotId(),
                l.memberId()).isEmpty()) {
            problems.add(FieldProblem.of("plot_id", "trace.lot.error.plotNotMembers"));
        }
        return problems;
    }

    private static Map<String, Object> values(Lot l) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("product_id", l.productId());
        v.put("code", l.code());
        v.put("production_date", l.productionDate());
        v.put("best_before", l.bestBefore());
        v.put("expiry_date", l.expiryDate());
        v.put("unit", l.unit());
        v.put("member_id", l.memberId());
        v.put("plot_id", l.plotId());
        v.put("status", l.status().code());
        v.put("supplier_name", l.supplierName());
        v.put("supplier_lot", l.supplierLot());
        v.put("supplier_expiry", l.supplierExpiry());
        v.put("notes", l.notes());
        return v;
    }

    public Optional<Lot> find(String id) {
        return lots.find(id);
    }
}
