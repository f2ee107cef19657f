package dev.mockhost.audit;

import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The deployment's audit log, kept in the usage store once it is open. */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    private int capacity;
    private volatile AuditLog log;

    protected AuditTrail() {
        // for CDI proxies
    }

    @Inject
    public AuditTrail(Settings settings) {
        this.capacity = (int) Math.min(Integer.MAX_VALUE, settings.getLong(Setting.AUDIT_LOG_SIZE));
    }

    public void start(DataSource store) {
        log = new AuditLog(store, capacity);
    }

    /** Keeps {@code entry}; a store that fails is logged with the entry, so the write still leaves a trace. */
    public void record(AuditEntry entry) {
        AuditLog current = log;
        try {
            if (current == null) {
                throw new SQLException("the usage store is not open yet");
            }
            current.add(entry);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "audit entry not stored: " + entry);
        }
    }

    /** @throws SQLException when the store cannot be read */
    public AuditLog.Page page(Long cursor, int limit) throws SQLException {
        AuditLog current = log;
        if (current == null) {
            return new AuditLog.Page(java.util.List.of(), null);
        }
        return current.page(cursor, limit);
    }
}
