package org.tradekit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;

/** This install's identity in the change log and its counters: origin sequence, transaction sequence, clock. */
final class Device {
    private final String deviceId;
    private final long originRow;
    private final Hlc hlc;
    private long nextOriginSeq;
    private long nextTxnSeq;

    private Device(String deviceId, long originRow, Hlc hlc, long nextOriginSeq, long nextTxnSeq) {
        this.deviceId = deviceId;
        this.originRow = originRow;
        this.hlc = hlc;
        this.nextOriginSeq = nextOriginSeq;
        this.nextTxnSeq = nextTxnSeq;
    }

    static Device loadOrCreate(Connection c, Clock clock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT d.device_id, o.id, d.next_origin_seq, d.next_txn_seq, d.last_hlc "
                        + "FROM device d JOIN origin o ON o.device_id = d.device_id");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return new Device(rs.getString(1), rs.getLong(2), new Hlc(clock, rs.getLong(5)), rs.getLong(3),
                        rs.getLong(4));
            }
        }
        String id = UUID.randomUUID().toString();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            long originRow;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO origin (device_id) VALUES (?)")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM origin WHERE device_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    originRow = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO device (singleton, device_id, next_origin_seq, next_txn_seq, last_hlc) VALUES (1, ?, 1, 1, 0)")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            c.commit();
            return new Device(id, originRow, new Hlc(clock, 0), 1, 1);
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    String deviceId() {
        return deviceId;
    }

    long originRow() {
        return originRow;
    }

    Hlc hlc() {
        return hlc;
    }

    long nextOriginSeq() {
        return nextOriginSeq;
    }

    long nextTxnSeq() {
        return nextTxnSeq;
    }

    /** Persists the counters a transaction used, inside that transaction. */
    void save(Connection c, long nextOrigin, long nextTxn, long lastHlc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE device SET next_origin_seq = ?, next_txn_seq = ?, last_hlc = ? WHERE singleton = 1")) {
            ps.setLong(1, nextOrigin);
            ps.setLong(2, nextTxn);
            ps.setLong(3, lastHlc);
            ps.executeUpdate();
        }
    }

    void committed(WriteTx tx) {
        nextOriginSeq = tx.nextOriginSeq();
        nextTxnSeq = tx.txnSeq() + 1;
    }

    void rolledBack() {
        // counters were only taken inside the transaction; nothing to undo in memory
    }
}
