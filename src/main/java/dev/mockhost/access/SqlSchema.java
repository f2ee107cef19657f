package dev.mockhost.access;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables a store needs, created once before its first connection: scripts in the WAR beside {@code owner},
 * each idempotent ({@code CREATE ... IF NOT EXISTS}), so nodes starting together do no harm. A failure leaves the
 * schema unmarked and the next connection tries again.
 */
public final class SqlSchema {

    private final DataSource dataSource;
    private final Class<?> owner;
    private final List<String> scripts;
    private volatile boolean created;

    /** {@code scripts}: resource names relative to {@code owner}'s package, run in order. */
    public SqlSchema(DataSource dataSource, Class<?> owner, String... scripts) {
        this.dataSource = dataSource;
        this.owner = owner;
        this.scripts = List.of(scripts);
    }

    /** A connection to a database that holds the tables. */
    public Connection connect() throws SQLException {
        create();
        return dataSource.getConnection();
    }

    /** Runs the scripts, once, by whichever thread comes first. */
    public void create() throws SQLException {
        if (created) {
            return;
        }
        synchronized (this) {
            if (created) {
                return;
            }
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                for (String script : scripts) {
                    statement.execute(text(script));
                }
            }
            created = true;
        }
    }

    private String text(String script) {
        try (InputStream in = owner.getResourceAsStream(script)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the schema script " + script + " of " + owner.getSimpleName()
                    + " is missing from the WAR", e);
        }
    }
}
