package dev.mockhost.calls;

import dev.mockhost.collection.NameValue;
import dev.mockhost.matching.Explanation;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two call stores answer every query alike: memory, and a real (embedded, in-memory) database. */
class CallStoreTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private JdbcConnectionPool pool;
    private CallStore store;

    private CallStore store(String kind, int capacity) {
        if (kind.equals("memory")) {
            store = new MemoryCallStore(capacity);
        } else {
            pool = JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
            store = new DatabaseCallStore(pool, capacity);
        }
        return store;
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
        if (pool != null) {
            pool.dispose();
        }
    }

    static CallRecord call(int second, String method, String path, int status, String type) {
        Explanation explanation = type.equals(CallRecord.ERROR) ? new Explanation("No example matched", null,
                List.of(new Explanation.Near("e1", "pets", "GET", "/pets", "method is GET, not " + method)))
                : null;
        return new CallRecord(0, T0.plusSeconds(second), type, type.equals(CallRecord.EXAMPLE) ? "e" + second : null,
                type.equals(CallRecord.ERROR) ? null : "answer " + second, type.equals(CallRecord.EXAMPLE) ? "literal"
                : null, type.equals(CallRecord.EXAMPLE) ? 100 : 0, explanation,
                new CallRecord.Request(method, path, "a=1", List.of(new NameValue("x-api-key", "[masked]")), "in",
                        false),
                new CallRecord.Response(status, List.of(new NameValue("Content-Type", "application/json")), "{}",
                        true));
    }

    /** Adds calls at seconds 0..n-1 and waits until the store shows them all. */
    private void fill(String mock, int n) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            store.add(mock, i % 3 == 2 ? call(i, "POST", "/pets", 404, CallRecord.ERROR)
                    : call(i, "GET", "/pets/" + i, 200, CallRecord.EXAMPLE));
        }
        awaitNewest(mock, n - 1);
    }

    private void awaitNewest(String mock, int second) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<CallRecord> newest = store.page(mock, CallQuery.newest(1)).records();
            if (!newest.isEmpty() && newest.get(0).servedAt().equals(T0.plusSeconds(second))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the call of second " + second + " never showed in " + mock + "'s log");
    }

    private static CallQuery query(Long cursor, int limit, boolean newestFirst) {
        return new CallQuery(cursor, limit, newestFirst, null, null, null, null, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "database"})
    void pagesNewestFirstFollowTheCursorToTheEnd(String kind) throws Exception {
        store(kind, 100);
        fill("pets", 7);
        CallPage first = store.page("pets", query(null, 3, true));
        assertEquals(List.of(6, 5, 4), seconds(first));
        CallPage second = store.page("pets", query(first.nextCursor(), 3, true));
        assertEquals(List.of(3, 2, 1), seconds(second));
        CallPage last = store.page("pets", query(second.nextCursor(), 3, true));
        assertEquals(List.of(0), seconds(last));
        assertNull(last.nextCursor());
        assertTrue(store.page("other", query(null, 3, true)).records().isEmpty(), "each mock has its own log");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "database"})
    void ascendingPagesStartWithTheOldest(String kind) throws Exception {
        store(kind, 100);
        fill("pets", 5);
        CallPage first = store.page("pets", query(null, 2, false));
        assertEquals(List.of(0, 1), seconds(first));
        assertEquals(List.of(2, 3), seconds(store.page("pets", query(first.nextCursor(), 2, false))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "database"})
    void filtersAreThePostmanApis(String kind) throws Exception {
        store(kind, 100);
        fill("pets", 9);
        assertEquals(List.of(8, 5, 2), seconds(store.page("pets", new CallQuery(null, 10, true, null, null, 404, null,
                null, null))), "responseStatusCode");
        assertEquals(List.of(8, 5, 2), seconds(store.page("pets", new CallQuery(null, 10, true, null, null, null,
                CallRecord.ERROR, null, null))), "responseType");
        assertEquals(List.of(7, 6, 4), seconds(store.page("pets", new CallQuery(null, 3, true, null, null, null, null,
                "GET", null))), "requestMethod");
        assertEquals(List.of(4), seconds(store.page("pets", new CallQuery(null, 10, true, null, null, null, null,
                null, "/pets/4"))), "requestPath");
        assertEquals(List.of(5, 4, 3), seconds(store.page("pets", new CallQuery(null, 10, true, T0.plusSeconds(3),
                T0.plusSeconds(5), null, null, null, null))), "since and until, both inclusive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "database"})
    void keepsTheNewestCallsOfEachMock(String kind) throws Exception {
        store(kind, 4);
        fill("pets", 10);
        fill("shop", 2);
        assertEquals(List.of(9, 8, 7, 6), seconds(store.page("pets", query(null, 100, true))));
        assertEquals(List.of(1, 0), seconds(store.page("shop", query(null, 100, true))));
        store.forget("pets");
        assertTrue(store.page("pets", query(null, 100, true)).records().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "database"})
    void aRecordComesBackAsItWasKept(String kind) throws Exception {
        store(kind, 10);
        CallRecord miss = call(0, "POST", "/pets", 404, CallRecord.ERROR);
        CallRecord hit = call(1, "GET", "/pets/1", 200, CallRecord.EXAMPLE);
        store.add("pets", miss);
        store.add("pets", hit);
        awaitNewest("pets", 1);
        List<CallRecord> records = store.page("pets", query(null, 10, false)).records();
        assertEquals(miss.withId(records.get(0).id()), records.get(0));
        assertEquals(hit.withId(records.get(1).id()), records.get(1));
        assertTrue(records.get(1).id() > records.get(0).id(), "ids grow with time");
    }

    private static List<Integer> seconds(CallPage page) {
        return page.records().stream().map(r -> (int) Duration.between(T0, r.servedAt()).toSeconds()).toList();
    }
}
