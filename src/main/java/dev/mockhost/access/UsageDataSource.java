package dev.mockhost.access;

import org.h2.jdbcx.JdbcConnectionPool;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Where usage counts live: the container's DataSource when one is bound under the configured JNDI name (PostgreSQL
 * for a cluster), else an embedded H2 file in the mounted directory's {@code data/}.
 *
 * @param shared  whether it is the container's, which the nodes of a cluster share (call logs then live there too)
 * @param closer closes what this class opened (the H2 pool), nothing for a container's DataSource
 */
public record UsageDataSource(DataSource dataSource, String description, boolean shared, Runnable closer) {

    private static final Logger LOG = Logger.getLogger(UsageDataSource.class.getName());

    public static UsageDataSource open(String jndiName, Path dataFolder) {
        try {
            Object bound = new InitialContext().lookup(jndiName);
            if (bound instanceof DataSource dataSource) {
                return new UsageDataSource(dataSource, "the DataSource " + jndiName, true, () -> { });
            }
            LOG.warning(() -> jndiName + " is bound to a " + bound.getClass().getName() + ", not a DataSource; "
                    + "using the embedded store");
        } catch (NamingException notBound) {
            // the usual single-node case
        }
        // DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook must not close the file before the last flush
        String url = "jdbc:h2:file:" + dataFolder.resolve("mockhost").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "mockhost", "");
        return new UsageDataSource(pool, "the embedded H2 database " + dataFolder.resolve("mockhost.mv.db"),
                false, pool::dispose);
    }

    public void close() {
        closer.run();
    }
}
