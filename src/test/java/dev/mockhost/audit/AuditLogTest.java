package dev.mockhost.audit;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The audit log against a real (embedded, in-memory) database. */
class AuditLogTest {

    private JdbcConnectionPool pool;
    private AuditLog log;

    @BeforeEach
    void database() {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        log = new AuditLog(pool, 5);
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    private static AuditEntry write(int n) {
        return new AuditEntry(0, Instant.parse("2026-12-02T10:00:00Z").plusSeconds(n), n % 2 == 0 ? "alice" : null,
                "PUT", "/mocks/m" + n, "10.0.0." + n, n % 2 == 0 ? 200 : 401, n % 2 == 0 ? null : "authenticationError");
    }

    @Test
    void entriesComeBackNewestFirstAPageAtATimeAndOnlyTheNewestAreKept() throws Exception {
        for (int i = 0; i < 8; i++) {
            log.add(write(i));
        }
        AuditLog.Page first = log.page(null, 3);
        assertEquals(List.of("/mocks/m7", "/mocks/m6", "/mocks/m5"), paths(first));
        AuditLog.Page second = log.page(first.nextCursor(), 3);
        assertEquals(List.of("/mocks/m4", "/mocks/m3"), paths(second), "five kept");
        assertNull(second.nextCursor());
        AuditEntry entry = first.entries().get(1);
        assertEquals(write(6), new AuditEntry(0, entry.at(), entry.key(), entry.method(), entry.path(),
                entry.address(), entry.status(), entry.error()));
        assertEquals(write(7).error(), first.entries().get(0).error());
        assertNull(first.entries().get(0).key(), "a write without a valid key has no key name");
    }

    private static List<String> paths(AuditLog.Page page) {
        return page.entries().stream().map(AuditEntry::path).toList();
    }
}
