package dev.mockhost.audit;

import dev.mockhost.access.SqlSchema;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log in the usage store (the embedded H2, or the cluster's PostgreSQL, so every node's writes are in
 * one log): written as each management write ends, the newest {@code capacity} entries kept, read newest first a
 * page at a time. Writes are rare, so each is stored at once: an entry is never lost to a crash.
 */
public final class AuditLog {

    private final SqlSchema schema;
    private final int capacity;

    public AuditLog(DataSource dataSource, int capacity) {
        this.schema = new SqlSchema(dataSource, AuditLog.class, "audit.sql");
        this.capacity = Math.max(1, capacity);
    }

    /** Entries, newest first, and the cursor of the next page (null: no more). */
    public record Page(List<AuditEntry> entries, Long nextCursor) {

        public Page {
            entries = List.copyOf(entries);
        }
    }

    public void add(AuditEntry entry) throws SQLException {
        try (Connection connection = schema.connect()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mockhost_audit (at_millis, "
                    + "api_key, method, path, address, status, error) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, entry.at().toEpochMilli());
                text(insert, 2, entry.key());
                insert.setString(3, entry.method());
                insert.setString(4, cut(entry.path(), 2000));
                insert.setString(5, cut(entry.address(), 100));
                insert.setInt(6, entry.status());
                text(insert, 7, entry.error());
                insert.executeUpdate();
            }
            try (Statement trim = connection.createStatement()) {
                trim.executeUpdate("DELETE FROM mockhost_audit WHERE id <= (SELECT id FROM mockhost_audit ORDER BY "
                        + "id DESC OFFSET " + capacity + " ROWS FETCH FIRST 1 ROWS ONLY)");
            }
        }
    }

    public Page page(Long cursor, int limit) throws SQLException {
        String sql = "SELECT id, at_millis, api_key, method, path, address, status, error FROM mockhost_audit"
                + (cursor == null ? "" : " WHERE id < ?") + " ORDER BY id DESC FETCH FIRST " + (limit + 1)
                + " ROWS ONLY";
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection connection = schema.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
            if (cursor != null) {
                select.setLong(1, cursor);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getInt(7), rows.getString(8)));
                }
            }
        }
        if (entries.size() <= limit) {
            return new Page(entries, null);
        }
        List<AuditEntry> page = entries.subList(0, limit);
        return new Page(page, page.get(page.size() - 1).id());
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, cut(value, 200));
        }
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
