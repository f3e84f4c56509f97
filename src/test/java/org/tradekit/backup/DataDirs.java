package org.tradekit.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.tradekit.store.Sha256;

/** Looks at data directories and databases from outside the app, as a person with a file manager would. */
public final class DataDirs {
    private DataDirs() {
    }

    /** Every file below {@code dir} with the hash of its content: equal fingerprints, nothing changed. */
    public static Map<String, String> fingerprint(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), Sha256.of(f));
            }
        }
        return out;
    }

    /** The first column of the first row of a query on a database file. */
    public static Object query(Path dbFile, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    /** A number a query returns (SQLite gives Integer or Long as the value fits). */
    public static long number(Path dbFile, String sql) throws SQLException {
        return ((Number) query(dbFile, sql)).longValue();
    }

    public static void execute(Path dbFile, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
