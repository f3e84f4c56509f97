package org.tradekit.trace.chain;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.tradekit.store.Database;
import org.tradekit.store.Sha256;
import org.tradekit.work.Work;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks every device's chain of events: each body hashes to its stored SHA-256, names its device,
 * number, previous hash and key; numbers run 1, 2, 3...; each links to the previous event's hash;
 * each signature verifies with the device's published key; and the change log carries the same
 * bytes and signature for every event. Signatures are checked on all processors.
 */
public final class ChainVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SLICE = 1024;

    /** A further check over the same read transaction (the event package checks what is derived from bodies). */
    @FunctionalInterface
    public interface Check {
        List<ChainBreak> run(Connection c, Work work) throws SQLException;
    }

    private final Database db;
    private final DeviceKeys keys;
    private final Signatures signatures;
    private final List<Check> checks;

    public ChainVerifier(Database db, DeviceKeys keys, Signatures signatures, List<Check> checks) {
        this.db = db;
        this.keys = keys;
        this.signatures = signatures;
        this.checks = List.copyOf(checks);
    }

    private record Pending(String device, long seq, String id, CompletableFuture<Boolean> valid) {
    }

    /** Reads every event once; long on a million events (signatures): reports progress, can be cancelled. */
    public ChainReport verify(Work work) {
        Map<String, PublishedKey> published = keys.published();
        return db.read(c -> {
            long total = count(c, "SELECT count(*) FROM trace_event");
            List<ChainBreak> breaks = new ArrayList<>();
            List<Pending> pending = new ArrayList<>();
            Set<String> devices = new HashSet<>();
            long done = 0;
            String device = null;
            long lastSeq = 0;
            byte[] lastHash = null;
            try (var ps = c.prepareStatement("SELECT device_id, seq, id, body, hash, prev_hash, key_id, signature "
                    + "FROM trace_event ORDER BY device_id, seq"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String dev = rs.getString(1);
                    long seq = rs.getLong(2);
                    String id = rs.getString(3);
                    byte[] body = rs.getBytes(4);
                    byte[] hash = rs.getBytes(5);
                    byte[] prev = rs.getBytes(6);
                    String keyId = rs.getString(7);
                    byte[] signature = rs.getBytes(8);
                    if (!dev.equals(device)) {
                        device = dev;
                        devices.add(dev);
                        lastSeq = 0;
                        lastHash = null;
                    }
                    if (seq != lastSeq + 1) {
                        breaks.add(new ChainBreak(dev, seq, id, ChainBreak.Problem.GAP));
                    } else if (!Arrays.equals(prev, lastHash)) {
                        breaks.add(new ChainBreak(dev, seq, id, ChainBreak.Problem.LINK));
                    }
                    if (!Arrays.equals(hash, Sha256.digest().digest(body))) {
                        breaks.add(new ChainBreak(dev, seq, id, ChainBreak.Problem.HASH));
                    }
                    if (!envelopeMatches(body, dev, seq, prev, keyId)) {
                        breaks.add(new ChainBreak(dev, seq, id, ChainBreak.Problem.ENVELOPE));
                    }
                    PublishedKey key = published.get(keyId);
                    if (key == null || !key.deviceId().equals(dev)) {
                        breaks.add(new ChainBreak(dev, seq, id, ChainBreak.Problem.UNKNOWN_KEY));
                    } else {
                        pending.add(new Pending(dev, seq, id, signatures.verifyLater(key.key(), body, signature)));
                    }
                    lastSeq = seq;
                    lastHash = hash;
                    if (pending.size() >= SLICE) {
                        collect(pending, breaks);
                    }
                    if (++done % 10_000 == 0) {
                        work.cancel().check();
                        work.report(done, total, "trace.verify.progress", done, total);
                    }
                }
            }
            collect(pending, breaks);
            work.report(done, total, "trace.verify.progress", done, total);
            checkLog(c, breaks, total);
            for (Check check : checks) {
                breaks.addAll(check.run(c, work));
            }
            breaks.sort(java.util.Comparator.comparing(ChainBreak::deviceId).thenComparingLong(ChainBreak::seq));
            return new ChainReport(done, devices.size(), breaks);
        });
    }

    private static void collect(List<Pending> pending, List<ChainBreak> breaks) {
        for (Pending p : pending) {
            if (!p.valid().join()) {
                breaks.add(new ChainBreak(p.device(), p.seq(), p.id(), ChainBreak.Problem.SIGNATURE));
            }
        }
        pending.clear();
    }

    /** The chain fields inside the signed bytes must be the row's: a row cannot borrow another event's body. */
    private static boolean envelopeMatches(byte[] body, String device, long seq, byte[] prev, String keyId) {
        try {
            JsonNode n = JSON.readTree(body);
            String prevText = n.path("prev").isTextual() ? n.path("prev").asText() : null;
            return device.equals(n.path("device").asText(null)) && n.path("seq").asLong(-1) == seq
                    && Objects.equals(prevText, prev == null ? null : HexFormat.of().formatHex(prev))
                    && keyId.equals(n.path("key").asText(null));
        } catch (IOException e) {
            return false;
        }
    }

    /** Every event has exactly its bytes and signature in the change log, and the log names no missing event. */
    private static void checkLog(Connection c, List<ChainBreak> breaks, long total) throws SQLException {
        long matched = 0;
        try (var ps = c.prepareStatement("SELECT e.device_id, e.seq, e.id, c.value, c.field, e.body, e.signature "
                + "FROM change c JOIN trace_event e ON e.id = c.row_id WHERE c.kind = 'EVENT'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                matched++;
                boolean same = Arrays.equals(rs.getBytes(4), rs.getBytes(6))
                        && Base64.getEncoder().encodeToString(rs.getBytes(7)).equals(rs.getString(5));
                if (!same) {
                    breaks.add(new ChainBreak(rs.getString(1), rs.getLong(2), rs.getString(3), ChainBreak.Problem.LOG_DIFFERS));
                }
            }
        }
        try (var ps = c.prepareStatement("SELECT o.device_id, c.row_id FROM change c JOIN origin o ON o.id = c.origin "
                + "LEFT JOIN trace_event e ON e.id = c.row_id WHERE c.kind = 'EVENT' AND e.id IS NULL");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                breaks.add(new ChainBreak(rs.getString(1), 0, rs.getString(2), ChainBreak.Problem.MISSING));
            }
        }
        if (matched < total) { // rare: only then is the set of logged ids worth its memory
            Set<String> logged = new HashSet<>();
            try (var ps = c.prepareStatement("SELECT row_id FROM change WHERE kind = 'EVENT'"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    logged.add(rs.getString(1));
                }
            }
            try (var ps = c.prepareStatement("SELECT device_id, seq, id FROM trace_event"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!logged.contains(rs.getString(3))) {
                        breaks.add(new ChainBreak(rs.getString(1), rs.getLong(2), rs.getString(3), ChainBreak.Problem.NOT_LOGGED));
                    }
                }
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
