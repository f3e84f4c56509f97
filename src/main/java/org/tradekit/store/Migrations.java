package org.tradekit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema scripts {@code db/migration/V{n}.sql}, applied in order over
 * {@code PRAGMA user_version}, each in its own transaction together with the version bump.
 * Chosen over Flyway: it costs nothing at start-up (see docs/decisions/0003).
 */
public final class Migrations {
    /** The schema version this build writes; bump it with every new script. */
    public static final int LATEST = 8;

    private Migrations() {
    }

    public static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies every script above the database's version. Returns the versions applied. */
    public static List<Integer> migrate(Connection c) throws SQLException {
        int current = currentVersion(c);
        if (current > LATEST) {
            throw new StoreException("store.error.newerVersion", null, current, LATEST);
        }
        List<Integer> applied = new ArrayList<>();
        for (int v = current + 1; v <= LATEST; v++) {
            String sql = script(v);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate(sql); // executeUpdate runs every statement of the script
                s.executeUpdate("PRAGMA user_version = " + v);
                c.commit();
                applied.add(v);
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
        return applied;
    }

    static String script(int version) {
        String name = "/db/migration/V" + version + ".sql";
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
