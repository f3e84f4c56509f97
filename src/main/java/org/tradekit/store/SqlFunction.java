package org.tradekit.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a JDBC connection; the store owns the connection and its transaction. */
@FunctionalInterface
public interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
}
