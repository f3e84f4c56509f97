package org.tradekit.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.tradekit.store.Database;
import org.tradekit.store.Migrations;
import org.tradekit.store.StoreException;

/**
 * Consistent copies of a database and the checks a copy must pass. {@code VACUUM INTO} writes a
 * snapshot of the last committed state while the app keeps running (a plain file copy of a WAL
 * database can catch a half-checkpointed state); the copy has no WAL file of its own.
 */
final class Snapshots {
    /** What a checked database holds. */
    record Facts(int schemaVersion, long products, long photos) {
    }

    private static final String[] TRADE_KIT_TABLES = {"device", "change", "product", "product_photo"};

    private Snapshots() {
    }

    /** Copies the open database's committed state to {@code target}; writers wait for the copy (about 0.2 s per 40 MB). */
    static void copy(Database db, Path target) {
        db.maintenance(c -> {
            vacuumInto(c, target);
            return null;
        });
    }

    static void vacuumInto(Connection c, Path target) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        }
    }

    /** A connection to a database file that is not the app's open store (a snapshot, a file to restore). */
    static Connection open(Path file) throws SQLException {
        Properties p = new Properties();
        p.setProperty("busy_timeout", "2000");
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
    }

    /**
     * Checks that {@code c} is a sound Trade Kit database this build can open.
     *
     * @param shownAs the file to name in messages
     * @throws StoreException {@code backup.error.damaged}, {@code backup.error.notTradeKit} or
     *                        {@code store.error.newerVersion}
     */
    static Facts check(Connection c, Path shownAs) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String first = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(first)) {
                throw new StoreException("backup.error.damaged", null, shownAs, first);
            }
        }
        int version = Migrations.currentVersion(c);
        if (version == 0) {
            throw new StoreException("backup.error.notTradeKit", null, shownAs);
        }
        for (String table : TRADE_KIT_TABLES) {
            if (count(c, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", table) == 0) {
                throw new StoreException("backup.error.notTradeKit", null, shownAs);
            }
        }
        if (version > Migrations.LATEST) {
            throw new StoreException("store.error.newerVersion", null, version, Migrations.LATEST);
        }
        return new Facts(version, count(c, "SELECT count(*) FROM product WHERE _cl % 2 = 1"),
                count(c, "SELECT count(DISTINCT sha256) FROM product_photo WHERE _cl % 2 = 1"));
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The file's words for a failed check: damaged for SQLite's "not a database"/"corrupt", else the reason. */
    static StoreException problem(SQLException e, Path shownAs) {
        return new StoreException("backup.error.damaged", e, shownAs, e.getMessage());
    }
}
