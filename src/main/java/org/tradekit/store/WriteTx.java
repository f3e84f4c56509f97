package org.tradekit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The only way to change user data. Each call writes the entity table and appends, in the same
 * transaction, one change row per changed field (SET) or existence change (EXIST): the outbox
 * that sync ships. One transaction is one {@code txn_seq} and one HLC. Inserted rows and change
 * rows are written in batches ({@link RowBatch}); a read, update or delete in the transaction first
 * writes the pending rows, so it sees them. Change rows are visible once the transaction commits.
 */
public final class WriteTx {

    private final Connection c;
    private final Device device;
    private final long txnSeq;
    private final long hlc;
    private final long wallMs;
    private long nextOriginSeq;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** Entity rows not yet written: flushed before any read, update or delete of this transaction. */
    private final Map<String, RowBatch> inserts = new LinkedHashMap<>();
    private final RowBatch changes;

    WriteTx(Connection c, Device device, Clock clock) {
        this.c = c;
        this.device = device;
        this.txnSeq = device.nextTxnSeq();
        this.nextOriginSeq = device.nextOriginSeq();
        this.hlc = device.hlc().now();
        this.wallMs = clock.millis();
        this.changes = new RowBatch("INSERT INTO change (origin, origin_seq, txn_seq, entity, row_id, kind, field, "
                + "value, hlc, base_hlc, schema_ver, wall_ms) VALUES ", "(" + device.originRow() + ", ?, " + txnSeq
                + ", ?, ?, ?, ?, ?, " + hlc + ", ?, " + Migrations.LATEST + ", " + wallMs + ")");
    }

    /** The clock of every change in this transaction. */
    public long hlc() {
        return hlc;
    }

    /**
     * Creates a row with the given field values (nulls are not logged: an absent field is null). The
     * row may be written later in the transaction; a constraint it breaks fails the transaction then.
     */
    public void insert(EntityType type, String id, Map<String, ?> values) throws SQLException {
        Objects.requireNonNull(id, "id");
        Map<String, Object> stored = new LinkedHashMap<>();
        values.forEach((f, v) -> {
            requireField(type, f);
            stored.put(f, storable(v));
        });
        for (EntityType.Derived d : type.derived()) {
            if (stored.containsKey(d.source())) {
                stored.put(d.column(), d.compute().apply(stored.get(d.source())));
            }
        }
        List<String> fields = new ArrayList<>(stored.keySet());
        String key = type.table() + ":" + String.join(",", fields);
        RowBatch batch = inserts.get(key);
        if (batch == null) {
            StringBuilder head = new StringBuilder("INSERT INTO ").append(type.table()).append(" (id, _cl, _hlc");
            fields.forEach(f -> head.append(", ").append(f));
            batch = new RowBatch(head.append(") VALUES ").toString(),
                    "(?, 1, " + hlc + ", ?".repeat(fields.size()) + ")");
            inserts.put(key, batch);
        }
        Object[] row = new Object[fields.size() + 1];
        row[0] = id;
        for (int i = 0; i < fields.size(); i++) {
            row[i + 1] = stored.get(fields.get(i));
        }
        batch.add(c, row);
        logChange(type.name(), id, "EXIST", null, 1L, null);
        for (String f : values.keySet()) {
            Object v = stored.get(f);
            if (v != null) {
                logChange(type.name(), id, "SET", f, v, null);
            }
        }
    }

    /**
     * Sets fields of an existing row; only values that differ are written and logged. The
     * author is taken to have seen the current version of each field.
     *
     * @return the number of fields that changed
     */
    public int update(EntityType type, String id, Map<String, ?> values) throws SQLException {
        return update(type, id, values, Map.of());
    }

    /**
     * Sets fields of an existing row, recording for each the version the author had seen
     * ({@code seen}, field to HLC), so that sync can tell an informed overwrite from a conflict.
     */
    public int update(EntityType type, String id, Map<String, ?> values, Map<String, Long> seen) throws SQLException {
        if (values.isEmpty()) {
            return 0;
        }
        values.keySet().forEach(f -> requireField(type, f));
        flushInserts();
        Current current = current(type, id, values.keySet());
        if (current.cl % 2 == 0) {
            throw new StoreException("store.error.rowDeleted", null, type.name(), id);
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        for (var e : values.entrySet()) {
            Object v = storable(e.getValue());
            if (!sameValue(current.values.get(e.getKey()), v)) {
                changed.put(e.getKey(), v);
            }
        }
        if (changed.isEmpty()) {
            return 0;
        }
        Map<String, Object> columns = new LinkedHashMap<>(changed);
        for (EntityType.Derived d : type.derived()) {
            if (changed.containsKey(d.source())) {
                columns.put(d.column(), d.compute().apply(changed.get(d.source())));
            }
        }
        StringBuilder sql = new StringBuilder("UPDATE ").append(type.table()).append(" SET _versions = ?");
        columns.keySet().forEach(f -> sql.append(", ").append(f).append(" = ?"));
        sql.append(" WHERE id = ?");
        Map<String, Long> versions = new LinkedHashMap<>(current.versions);
        for (String f : changed.keySet()) {
            long base = seen.getOrDefault(f, current.version(f));
            logChange(type.name(), id, "SET", f, changed.get(f), base);
            versions.put(f, hlc);
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            ps.setString(i++, FieldVersions.format(versions));
            for (Object v : columns.values()) {
                ps.setObject(i++, v);
            }
            ps.setString(i, id);
            ps.executeUpdate();
        }
        return changed.size();
    }

    /** Tombstones a row: its causal length becomes even. The row stays, so a later restore works. */
    public boolean delete(EntityType type, String id) throws SQLException {
        return bumpExistence(type, id, false);
    }

    /**
     * Erasure on request (GDPR, Decree 13/2023): blanks the values that earlier SET changes of the
     * row carried for these fields, so the change log keeps no personal data. The changes keep
     * their identity (origin, seq, clock), so sync still sees them once and in order; set the fields
     * to null (and tombstone the row) in the same transaction so that every replica converges on
     * the erased state. Returns the number of change rows blanked.
     */
    public int scrub(EntityType type, String id, List<String> fields) throws SQLException {
        if (fields.isEmpty()) {
            return 0;
        }
        fields.forEach(f -> requireField(type, f));
        flushInserts();
        changes.flush(c); // this transaction's own changes are scrubbed too
        String sql = "UPDATE change SET value = NULL WHERE entity = ? AND row_id = ? AND kind = 'SET' AND value IS NOT NULL "
                + "AND field IN (" + "?, ".repeat(fields.size() - 1) + "?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, type.name());
            ps.setString(2, id);
            for (int i = 0; i < fields.size(); i++) {
                ps.setString(i + 3, fields.get(i));
            }
            return ps.executeUpdate();
        }
    }

    /** Brings a tombstoned row back: its causal length becomes odd again. */
    public boolean restore(EntityType type, String id) throws SQLException {
        return bumpExistence(type, id, true);
    }

    private boolean bumpExistence(EntityType type, String id, boolean exist) throws SQLException {
        flushInserts();
        long cl = current(type, id, List.of()).cl;
        boolean exists = cl % 2 == 1;
        if (exists == exist) {
            return false;
        }
        long next = cl + 1;
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + type.table() + " SET _cl = ? WHERE id = ?")) {
            ps.setLong(1, next);
            ps.setString(2, id);
            ps.executeUpdate();
        }
        logChange(type.name(), id, "EXIST", null, next, null);
        return true;
    }

    /**
     * Appends an event: inserts its row (id, the exact body bytes, and {@code columns} read from the
     * body) and logs ONE change row of kind EVENT whose value is the body bytes and whose field is
     * the {@code seal} (the signature that proves them), so a peer receives the bytes first written.
     * Event rows are never updated or deleted; a correction is another event.
     */
    public void appendEvent(EventTable type, String id, byte[] body, String seal, Map<String, ?> columns)
            throws SQLException {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(seal, "seal");
        List<String> names = new ArrayList<>(columns.keySet());
        for (String col : names) {
            if (!type.columns().contains(col)) {
                throw new IllegalArgumentException(type.name() + " has no column " + col);
            }
        }
        String key = "event:" + type.table() + ":" + String.join(",", names);
        RowBatch batch = inserts.get(key);
        if (batch == null) {
            StringBuilder head = new StringBuilder("INSERT INTO ").append(type.table()).append(" (id, body");
            names.forEach(n -> head.append(", ").append(n));
            batch = new RowBatch(head.append(") VALUES ").toString(), "(?, ?" + ", ?".repeat(names.size()) + ")");
            inserts.put(key, batch);
        }
        Object[] row = new Object[names.size() + 2];
        row[0] = id;
        row[1] = body;
        for (int i = 0; i < names.size(); i++) {
            Object v = columns.get(names.get(i));
            row[i + 2] = v instanceof byte[] ? v : storable(v);
        }
        batch.add(c, row);
        logChange(type.name(), id, "EVENT", seal, body, null);
    }

    /**
     * Writes a row of a table derived from events, with the event that implies it. Not logged:
     * applying the event derives it again (see {@link DerivedTable}).
     */
    public void derive(DerivedTable table, Object... values) throws SQLException {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table.table() + " takes " + table.columns().size() + " values");
        }
        String key = "derived:" + table.table();
        RowBatch batch = inserts.get(key);
        if (batch == null) {
            batch = new RowBatch("INSERT INTO " + table.table() + " (" + String.join(", ", table.columns())
                    + ") VALUES ", "(" + String.join(", ", java.util.Collections.nCopies(values.length, "?")) + ")");
            inserts.put(key, batch);
        }
        Object[] row = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            row[i] = storable(values[i]);
        }
        batch.add(c, row);
    }

    /** Reads inside this transaction (sees its own writes). Only SELECT statements. */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        flushInserts(); // reads see this transaction's own writes
        PreparedStatement ps = statements.get("Q:" + sql); // kept for the transaction: bulk work repeats its reads
        if (ps == null) {
            String head = sql.stripLeading().toUpperCase(Locale.ROOT);
            if (!head.startsWith("SELECT") && !head.startsWith("WITH")) {
                throw new IllegalArgumentException("WriteTx.query is for reads: write through insert/update/delete");
            }
            ps = c.prepareStatement(sql);
            statements.put("Q:" + sql, ps);
        }
        return RowMapper.list(ps, mapper, params);
    }

    /**
     * Writes data derived from entity rows that the change log does not carry and sync never
     * ships (a search index, its bookkeeping): whoever applies changes derives it again. Only
     * tables named {@code *_fts} or {@code derived_*}; user data goes through insert and update.
     */
    public int writeDerived(String sql, Object... params) throws SQLException {
        Matcher m = DERIVED_WRITE.matcher(sql);
        if (!m.lookingAt() || !(m.group(1).endsWith("_fts") || m.group(1).startsWith("derived_"))) {
            throw new IllegalArgumentException("writeDerived is for derived tables: " + sql);
        }
        flushInserts(); // derived rows are computed from the rows written so far
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    private static final Pattern DERIVED_WRITE =
            Pattern.compile("\\s*(?:INSERT\\s+(?:OR\\s+\\w+\\s+)?INTO|DELETE\\s+FROM|UPDATE)\\s+(\\w+)\\b", Pattern.CASE_INSENSITIVE);

    private record Current(long cl, long createdHlc, Map<String, Long> versions, Map<String, Object> values) {
        long version(String field) {
            return versions.getOrDefault(field, createdHlc);
        }
    }

    private Current current(EntityType type, String id, Iterable<String> fields) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT _cl, _hlc, _versions");
        List<String> names = new ArrayList<>();
        for (String f : fields) {
            sql.append(", ").append(f);
            names.add(f);
        }
        sql.append(" FROM ").append(type.table()).append(" WHERE id = ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("store.error.rowMissing", null, type.name(), id);
                }
                Map<String, Object> values = new HashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    values.put(names.get(i), rs.getObject(4 + i));
                }
                return new Current(rs.getLong(1), rs.getLong(2), FieldVersions.parse(rs.getString(3)), values);
            }
        }
    }

    private void logChange(String entity, String rowId, String kind, String field, Object value, Long base)
            throws SQLException {
        changes.add(c, nextOriginSeq++, entity, rowId, kind, field, value, base);
    }

    private void flushInserts() throws SQLException {
        for (RowBatch b : inserts.values()) {
            b.flush(c);
        }
    }

    void finish() throws SQLException {
        flushInserts();
        changes.flush(c);
        device.save(c, nextOriginSeq, txnSeq + 1, device.hlc().last());
    }

    void closeStatements() {
        for (PreparedStatement ps : statements.values()) {
            closeQuietly(ps);
        }
        inserts.values().forEach(RowBatch::close);
        changes.close();
    }

    long nextOriginSeq() {
        return nextOriginSeq;
    }

    long txnSeq() {
        return txnSeq;
    }

    private static void closeQuietly(PreparedStatement ps) {
        if (ps != null) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing is best effort
            }
        }
    }

    private static void requireField(EntityType type, String field) {
        if (!type.hasField(field)) {
            throw new IllegalArgumentException(type.name() + " has no field " + field);
        }
    }

    /** The values the store keeps: text, whole numbers, decimals and null. */
    static Object storable(Object v) {
        if (v == null || v instanceof String || v instanceof Long || v instanceof Double) {
            return v;
        }
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.doubleValue();
        }
        if (v instanceof java.time.temporal.TemporalAccessor t) {
            return t.toString();
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        throw new IllegalArgumentException("cannot store " + v.getClass().getName());
    }

    static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            if ((x instanceof Double || x instanceof Float) || (y instanceof Double || y instanceof Float)) {
                return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
            }
            return x.longValue() == y.longValue();
        }
        return Objects.equals(a, b);
    }
}
