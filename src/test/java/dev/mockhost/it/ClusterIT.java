package dev.mockhost.it;

import dev.mockhost.access.Meter;
import dev.mockhost.access.UsageStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Tomcat nodes, one mounted directory, one real PostgreSQL through the container DataSource
 * {@code java:comp/env/jdbc/mockhost}: calls spread over both nodes count once each, and one quota holds across
 * both within one flush interval.
 */
class ClusterIT {

    private static final long FLUSH_MILLIS = 200;
    private static PostgresServer postgres;

    @TempDir
    Path work;

    @BeforeAll
    static void database() throws Exception {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private TomcatProcess node(String name, Path home, String... settings) throws Exception {
        List<String> jvm = new java.util.ArrayList<>(List.of("-Dmockhost.home=" + home,
                "-Dmockhost.meterFlushMillis=" + FLUSH_MILLIS, "-Dmockhost.adminKey=" + MeteredHome.ADMIN));
        jvm.addAll(List.of(settings));
        return TomcatProcess.start(work.resolve(name), TomcatProcess.Options.tomcat10()
                .jvm(jvm.toArray(String[]::new)).context(postgres.tomcatContext()));
    }

    @Test
    void oneCallLogAndOnePerMinuteLimitForBothNodes() throws Exception {
        Path home = work.resolve("home-minute");
        MeteredHome.write(home, "paced", "null");
        try (TomcatProcess a = node("ma", home, "-Dmockhost.perMinuteLimit=20");
             TomcatProcess b = node("mb", home, "-Dmockhost.perMinuteLimit=20")) {
            Http[] nodes = {new Http(a.baseUrl()), new Http(b.baseUrl())};
            nodes[0].get(MeteredHome.MOCK + "/ping?from=a", "x-api-key", MeteredHome.secret("paced"));
            HttpResponse<String> log = nodes[1].await("api/mocks/" + MeteredHome.MOCK + "/call-logs?requestPath=/ping",
                    Duration.ofSeconds(10), r -> r.body().contains("from=a"), "x-api-key", MeteredHome.ADMIN);
            assertEquals(200, log.statusCode(), log.body());
            assertTrue(log.body().contains("\"query\":\"from=a\""), "node b shows node a's call: " + log.body());

            // the window is a calendar minute: start early in one so the run stays inside it
            long second = java.time.Instant.now().getEpochSecond() % 60;
            if (second > 45) {
                Thread.sleep((61 - second) * 1000);
            }
            String bucket = "minute-" + System.nanoTime();
            MeteredHome.writeKey(home, bucket, "null");
            for (Http node : nodes) {
                assertEquals(200, node.await("api/me", Duration.ofSeconds(20), r -> r.statusCode() == 200,
                        "x-api-key", MeteredHome.secret(bucket)).statusCode(), "the node reads the new key");
            }
            int accepted = 0;
            int refused = 0;
            for (int i = 0; i < 80; i++) {
                int status = MeteredHome.call(nodes[i % 2], bucket);
                if (status == 200) {
                    accepted++;
                } else if (status == 429) {
                    refused++;
                }
                Thread.sleep(20);
            }
            System.out.println("cluster: " + accepted + " calls accepted, " + refused
                    + " refused under a per-minute limit of 20 across two nodes");
            assertEquals(80, accepted + refused);
            // the documented tolerance: each other node's calls of one flush interval (here at most 10)
            assertTrue(accepted >= 20 && accepted <= 20 + 10, accepted + " accepted under a limit of 20 a minute");
        }
    }

    @Test
    void twoNodesCountEveryCallOnceAndShareOneQuota() throws Exception {
        Path home = work.resolve("home");
        MeteredHome.write(home, "spread", "null", "capped", "40");
        try (TomcatProcess a = node("a", home); TomcatProcess b = node("b", home)) {
            Http[] nodes = {new Http(a.baseUrl()), new Http(b.baseUrl())};
            for (int i = 0; i < 300; i++) {
                assertEquals(200, MeteredHome.call(nodes[i % 2], "spread"));
            }
            Thread.sleep(3 * FLUSH_MILLIS);
            assertEquals(300, MeteredHome.usage(nodes[0], "spread"), "node a sees both nodes' calls");
            assertEquals(300, MeteredHome.usage(nodes[1], "spread"), "node b sees both nodes' calls");
            assertEquals(300, storedCalls("spread"), "PostgreSQL holds each call once");

            // paced calls: each node makes at most FLUSH_MILLIS / 20 ms = 10 calls per flush interval
            int accepted = 0;
            for (int i = 0; i < 100; i++) {
                if (MeteredHome.call(nodes[i % 2], "capped") == 200) {
                    accepted++;
                }
                Thread.sleep(20);
            }
            System.out.println("cluster: " + accepted + " calls accepted under a quota of 40 across two nodes");
            assertTrue(accepted >= 40 && accepted <= 40 + 2 * 10, accepted + " accepted under a quota of 40");
            Thread.sleep(3 * FLUSH_MILLIS);
            assertEquals(accepted, storedCalls("capped"), "rejected calls are not counted");
        }
    }

    @Test
    void synchronousMeteringOnPostgresIsExactAcrossNodes() throws Exception {
        UsageStore store = new UsageStore(new org.postgresql.ds.PGSimpleDataSource() {
            {
                setURL(postgres.url());
                setUser(PostgresServer.USER);
            }
        });
        store.migrate();
        Meter one = new Meter(store, Clock.systemUTC(), true);
        Meter two = new Meter(store, Clock.systemUTC(), true);
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Meter node = t % 2 == 0 ? one : two;
                calls.add(threads.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        if (node.count("exact", 120L).accepted()) {
                            accepted.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(120, accepted.get());
        assertEquals(120, storedCalls("exact"));
    }

    private static long storedCalls(String key) throws Exception {
        try (var connection = postgres.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(SUM(calls), 0) FROM mockhost_usage "
                     + "WHERE api_key = '" + key + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
