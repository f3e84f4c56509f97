package org.tradekit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one SQLite file: WAL, foreign keys, a busy timeout, one writer at a time, readers that
 * cannot write ({@code query_only}). All user data is written through {@link #write}, which
 * logs every changed field in the change log in the same transaction.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "tradekit.db";
    private static final int READERS = 4;

    private final Path file;
    private final Clock clock;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Deque<Connection> idleReaders = new ArrayDeque<>();
    private final Device device;
    private final boolean checkedAtOpen;
    private volatile boolean closed;

    private Database(Path file, Clock clock, Connection writer, Device device, boolean checkedAtOpen) {
        this.file = file;
        this.clock = clock;
        this.writer = writer;
        this.device = device;
        this.checkedAtOpen = checkedAtOpen;
    }

    /**
     * Opens (or creates) the database, checks it, backs it up before a migration and migrates it.
     *
     * @param beforeMigration called with the file before any migration of an existing database
     */
    public static Database open(Path file, Clock clock, Consumer<Path> beforeMigration) {
        return open(file, clock, beforeMigration, Check.AFTER_CRASH);
    }

    /** When {@code PRAGMA quick_check} runs at open: always, or only after an unclean shutdown. */
    public enum Check {
        ALWAYS, AFTER_CRASH
    }

    /**
     * Opens with the given start-up check. After a clean shutdown the full check can run later,
     * off the critical path, through {@link #quickCheck()}.
     */
    public static Database open(Path file, Clock clock, Consumer<Path> beforeMigration, Check check) {
        boolean existed = Files.exists(file);
        // SQLite removes the WAL when the last connection closes cleanly: one left behind means
        // a crash or power cut, when a full check is worth its cost (about 1 s per 400 MB).
        boolean unclean = hasWal(file);
        Connection c = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            c = connect(file, false);
            if (existed) {
                if (unclean || check == Check.ALWAYS) {
                    quickCheck(c, file);
                } else {
                    headerCheck(c, file);
                }
                int version = Migrations.currentVersion(c);
                if (version > Migrations.LATEST) {
                    throw new StoreException("store.error.newerVersion", null, version, Migrations.LATEST);
                }
                if (version > 0 && version < Migrations.LATEST) {
                    beforeMigration.accept(file);
                }
            }
            Migrations.migrate(c);
            Device device = Device.loadOrCreate(c, clock);
            return new Database(file, clock, c, device, !existed || unclean || check == Check.ALWAYS);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(e, file);
        } catch (java.io.IOException e) {
            closeQuietly(c);
            throw new StoreException("store.error.io", e, file, e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        Properties p = new Properties();
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", "10000");
        p.setProperty("journal_mode", "WAL");
        p.setProperty("synchronous", "FULL");
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=10000");
            if (readOnly) {
                s.execute("PRAGMA query_only=ON");
            } else {
                // the writer's page cache: a bulk import touches many index pages; 2 MB (the default) spills
                s.execute("PRAGMA cache_size=-65536");
            }
        }
        return c;
    }

    private static void quickCheck(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String first = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(first)) {
                throw new StoreException("store.error.damaged", null, file, first);
            }
        }
    }

    private static boolean hasWal(Path file) {
        try {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    /** Cheap proof that the file is a readable SQLite database: reads the schema. */
    private static void headerCheck(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            rs.next();
        }
    }

    /**
     * True when {@code quick_check} ran at open (after an unclean shutdown, or when asked to) or the
     * file was made then; false after a clean shutdown, when {@link #quickCheck()} is worth running
     * once the app is up.
     */
    public boolean checkedAtOpen() {
        return checkedAtOpen;
    }

    /** Runs {@code PRAGMA quick_check} now; the problem found, or empty when the file is sound. */
    public java.util.Optional<String> quickCheck() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                String first = rs.next() ? rs.getString(1) : "no answer";
                return "ok".equalsIgnoreCase(first) ? java.util.Optional.<String>empty() : java.util.Optional.of(first);
            }
        });
    }

    static StoreException translate(SQLException e, Path file) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT
                    || code == SQLiteErrorCode.SQLITE_CORRUPT_INDEX || code == SQLiteErrorCode.SQLITE_CORRUPT_VTAB) {
                return new StoreException("store.error.damaged", e, file, se.getMessage());
            }
            if (code == SQLiteErrorCode.SQLITE_FULL || code == SQLiteErrorCode.SQLITE_IOERR
                    || code == SQLiteErrorCode.SQLITE_IOERR_WRITE || code == SQLiteErrorCode.SQLITE_IOERR_FSYNC) {
                return new StoreException("store.error.diskFull", e, file);
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_CANTOPEN) {
                return new StoreException("store.error.cannotOpen", e, file, se.getMessage());
            }
            if (code == SQLiteErrorCode.SQLITE_BUSY) {
                return new StoreException("store.error.busy", e, file);
            }
        }
        return new StoreException("store.error.sql", e, file, e.getMessage());
    }

    /** Runs one user action in one transaction; every changed field is logged with it. */
    public <T> T write(WriteAction<T> action) {
        writeLock.lock();
        try {
            ensureOpen();
            WriteTx tx = new WriteTx(writer, device, clock);
            boolean ok = false;
            try (Statement s = writer.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                T result = action.run(tx);
                tx.finish();
                s.execute("COMMIT");
                ok = true;
                device.committed(tx);
                return result;
            } finally {
                if (!ok) {
                    rollback();
                    device.rolledBack();
                }
                tx.closeStatements();
            }
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            writeLock.unlock();
        }
    }

    private void rollback() {
        try (Statement s = writer.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was open: nothing to undo
        }
    }

    /** Runs a read on a connection that cannot write. */
    public <T> T read(SqlFunction<T> query) {
        ensureOpen();
        Connection c = borrowReader();
        try {
            return query.apply(c);
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            returnReader(c);
        }
    }

    /**
     * Local maintenance that is not user data (backups, integrity checks) under the write lock.
     * Never use it for user data: that goes through {@link #write}.
     */
    public <T> T maintenance(SqlFunction<T> work) {
        writeLock.lock();
        try {
            ensureOpen();
            return work.apply(writer);
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            writeLock.unlock();
        }
    }

    private Connection borrowReader() {
        synchronized (idleReaders) {
            Connection c = idleReaders.pollFirst();
            if (c != null) {
                return c;
            }
        }
        try {
            return connect(file, true);
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    private void returnReader(Connection c) {
        synchronized (idleReaders) {
            if (!closed && idleReaders.size() < READERS) {
                idleReaders.addFirst(c);
                return;
            }
        }
        closeQuietly(c);
    }

    public Path file() {
        return file;
    }

    public String deviceId() {
        return device.deviceId();
    }

    public long lastHlc() {
        return device.hlc().last();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("database closed");
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            closed = true;
            synchronized (idleReaders) {
                idleReaders.forEach(Database::closeQuietly);
                idleReaders.clear();
            }
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA optimize");
            } catch (SQLException ignored) {
                // optimisation is best effort
            }
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing is best effort
            }
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
