package dev.mockhost.access;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Call counts in a database, with atomic {@code calls = calls + delta} updates, so that several nodes sharing it
 * count every call exactly once. Plain SQL that H2 and PostgreSQL both run.
 */
public final class UsageStore {

    /** Both H2 and PostgreSQL report a duplicate primary key with this SQL state. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String ADD = "UPDATE mockhost_usage SET calls = calls + ? WHERE api_key = ? AND period = ?";

    private final DataSource dataSource;
    private final String table;
    private final SqlSchema schema;

    /** Calls per calendar month: the quota's counts. */
    public UsageStore(DataSource dataSource) {
        this(dataSource, "mockhost_usage");
    }

    private UsageStore(DataSource dataSource, String table) {
        this.dataSource = dataSource;
        this.table = table;
        this.schema = new SqlSchema(dataSource, UsageStore.class, "schema/V1__usage.sql", "schema/V2__minutes.sql");
    }

    /** Calls per calendar minute: the per-minute limit's counts, in the same database. */
    public static UsageStore perMinute(DataSource dataSource) {
        return new UsageStore(dataSource, "mockhost_minute_usage");
    }

    /** Creates what is missing; every script is idempotent, so nodes starting together do no harm. */
    public void migrate() throws SQLException {
        schema.create();
    }

    /** Adds {@code delta} calls and answers the new total. */
    public long add(String key, String period, long delta) throws SQLException {
        migrate();
        try (Connection connection = dataSource.getConnection()) {
            if (update(connection, sql(ADD),
                    delta, key, period, null) == 0 && !insert(connection, key, period, delta)) {
                update(connection, sql(ADD),
                        delta, key, period, null);
            }
            return total(connection, key, period);
        }
    }

    /**
     * Counts one call if the total stays within {@code limit}, in one atomic statement: exact across nodes, at the
     * price of a database round trip per call (the synchronous mode).
     */
    public boolean addOneWithin(String key, String period, long limit) throws SQLException {
        if (limit <= 0) {
            return false;
        }
        String sql = sql("UPDATE mockhost_usage SET calls = calls + ? WHERE api_key = ? AND period = ? AND calls < ?");
        migrate();
        try (Connection connection = dataSource.getConnection()) {
            if (update(connection, sql, 1, key, period, limit) == 1) {
                return true;
            }
            if (insert(connection, key, period, 1)) {
                return true;
            }
            return update(connection, sql, 1, key, period, limit) == 1;
        }
    }

    public long total(String key, String period) throws SQLException {
        migrate();
        try (Connection connection = dataSource.getConnection()) {
            return total(connection, key, period);
        }
    }

    /** Every bucket's total for the period: one query per flush refreshes what other nodes counted. */
    public Map<String, Long> totals(String period) throws SQLException {
        Map<String, Long> totals = new HashMap<>();
        migrate();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     sql("SELECT api_key, calls FROM mockhost_usage WHERE period = ?"))) {
            select.setString(1, period);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    totals.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return totals;
    }

    /** Deletes the counts of periods before {@code period}: minutes past need no keeping. */
    public int deleteBefore(String period) throws SQLException {
        migrate();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     sql("DELETE FROM mockhost_usage WHERE period < ?"))) {
            delete.setString(1, period);
            return delete.executeUpdate();
        }
    }

    /** {@code sql} with this store's table in place of {@code mockhost_usage}. */
    private String sql(String sql) {
        return sql.replace("mockhost_usage", table);
    }

    private static int update(Connection connection, String sql, long delta, String key, String period, Long limit)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, delta);
            update.setString(2, key);
            update.setString(3, period);
            if (limit != null) {
                update.setLong(4, limit);
            }
            return update.executeUpdate();
        }
    }

    /** False when another node inserted the row first. */
    private boolean insert(Connection connection, String key, String period, long calls) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                sql("INSERT INTO mockhost_usage (api_key, period, calls) VALUES (?, ?, ?)"))) {
            insert.setString(1, key);
            insert.setString(2, period);
            insert.setLong(3, calls);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                return false;
            }
            throw e;
        }
    }

    private long total(Connection connection, String key, String period) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                sql("SELECT calls FROM mockhost_usage WHERE api_key = ? AND period = ?"))) {
            select.setString(1, key);
            select.setString(2, period);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }
}
