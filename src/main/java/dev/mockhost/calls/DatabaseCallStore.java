package dev.mockhost.calls;

import dev.mockhost.access.SqlSchema;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Call logs in a database the nodes of a cluster share (PostgreSQL through the container's DataSource): every node
 * writes, every node reads the same log. A call never waits for the database: records are queued and written in
 * batches by one thread, then each mock written to is trimmed to its newest {@code capacity} rows through the
 * {@code (mock, id)} index, never by a scan of the table. Ids come from the database, so they grow in the order rows
 * were written, across nodes.
 */
final class DatabaseCallStore implements CallStore {

    private static final Logger LOG = Logger.getLogger(DatabaseCallStore.class.getName());
    private static final int QUEUE = 10_000;
    private static final int BATCH = 500;

    private final int capacity;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private final SqlSchema schema;
    private volatile boolean open = true;

    private record Pending(String mock, CallRecord record) {
    }

    DatabaseCallStore(DataSource dataSource, int capacity) {
        this.schema = new SqlSchema(dataSource, DatabaseCallStore.class, "calls.sql");
        this.capacity = Math.max(1, capacity);
        this.writer = new Thread(this::writeQueued, "mockhost-call-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void add(String mock, CallRecord record) {
        if (!queue.offer(new Pending(mock, record))) {
            long count = dropped.incrementAndGet();
            if (count == 1 || count % 1000 == 0) {
                LOG.warning(() -> count + " call log record(s) dropped: the database takes them slower than calls "
                        + "come");
            }
        }
    }

    /** Records not kept because the queue to the database was full. */
    @Override
    public long dropped() {
        return dropped.get();
    }

    @Override
    public CallPage page(String mock, CallQuery query) {
        StringBuilder sql = new StringBuilder("SELECT id, record FROM mockhost_calls WHERE mock = ?");
        List<Object> values = new ArrayList<>(List.of(mock));
        if (query.cursor() != null) {
            sql.append(query.newestFirst() ? " AND id < ?" : " AND id > ?");
            values.add(query.cursor());
        }
        condition(sql, values, " AND served_at >= ?", query.since() == null ? null : query.since().toEpochMilli());
        condition(sql, values, " AND served_at <= ?", query.until() == null ? null : query.until().toEpochMilli());
        condition(sql, values, " AND status = ?", query.statusCode());
        condition(sql, values, " AND response_type = ?", query.responseType());
        condition(sql, values, " AND method = ?", query.method());
        condition(sql, values, " AND path = ?", query.path());
        // one row more than asked says whether there is a next page
        sql.append(" ORDER BY id ").append(query.newestFirst() ? "DESC" : "ASC").append(" FETCH FIRST ")
                .append(query.limit() + 1).append(" ROWS ONLY");
        List<CallRecord> records = new ArrayList<>();
        try (Connection connection = schema.connect();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(CallRecordJson.read(rows.getLong(1), rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the call log of " + mock + " from the database", e);
        }
        if (records.size() <= query.limit()) {
            return new CallPage(records, null);
        }
        List<CallRecord> page = records.subList(0, query.limit());
        return new CallPage(page, page.get(page.size() - 1).id());
    }

    @Override
    public void forget(String mock) {
        try (Connection connection = schema.connect();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM mockhost_calls WHERE mock = ?")) {
            delete.setString(1, mock);
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, e, () -> "could not delete the call log of " + mock);
        }
    }

    /** Writes what is queued, within ten seconds, and stops the writer. */
    @Override
    public void close() {
        open = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Blocks until something is queued, then writes everything queued: one batch per round, however busy. */
    private void writeQueued() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> batch.size() + " call log record(s) could not be written");
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) throws SQLException {
        Set<String> mocks = new LinkedHashSet<>();
        try (Connection connection = schema.connect()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mockhost_calls (mock, served_at, "
                    + "method, path, status, response_type, record) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Pending pending : batch) {
                    CallRecord record = pending.record();
                    insert.setString(1, pending.mock());
                    insert.setLong(2, record.servedAt().toEpochMilli());
                    insert.setString(3, record.request().method());
                    insert.setString(4, record.request().path());
                    insert.setInt(5, record.response().statusCode());
                    insert.setString(6, record.responseType());
                    insert.setString(7, CallRecordJson.write(record));
                    insert.addBatch();
                    mocks.add(pending.mock());
                }
                insert.executeBatch();
            }
            try (PreparedStatement trim = connection.prepareStatement("DELETE FROM mockhost_calls WHERE mock = ? AND "
                    + "id <= (SELECT id FROM mockhost_calls WHERE mock = ? ORDER BY id DESC OFFSET " + capacity
                    + " ROWS FETCH FIRST 1 ROWS ONLY)")) {
                for (String mock : mocks) {
                    trim.setString(1, mock);
                    trim.setString(2, mock);
                    trim.executeUpdate();
                }
            }
        }
    }

    private static void condition(StringBuilder sql, List<Object> values, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            values.add(value);
        }
    }
}
