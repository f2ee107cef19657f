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

    @Test
    void twoNodesRacingWithOneVersionGiveOneWriteAndOne412() throws Exception {
        Path home = work.resolve("home");
        MeteredHome.write(home);
        try (TomcatProcess a = node("a", home); TomcatProcess b = node("b", home)) {
            Api[] nodes = {new Api(new Http(a.baseUrl())), new Api(new Http(b.baseUrl()))};
            Api.Reply created = nodes[0].post("mocks", MeteredHome.ADMIN, "{\"mock\": {\"name\": \"raced\", "
                    + "\"collection\": \"" + MeteredHome.MOCK + "\"}}");
            assertEquals(200, created.status(), created.text());
            assertEquals(200, new Http(b.baseUrl()).await("api/mocks/raced", java.time.Duration.ofSeconds(10),
                    r -> r.statusCode() == 200, "x-api-key", MeteredHome.ADMIN).statusCode(), "b sees the mock");
            for (int round = 1; round <= 3; round++) {
                String version = nodes[0].get("mocks/raced", MeteredHome.ADMIN).etag();
                assertEquals(version, nodes[1].get("mocks/raced", MeteredHome.ADMIN).etag(), "one tag on both");
                raceOnce(nodes, version, home.resolve("mocks/raced.json"), round);
            }
        }
    }

    /** Node a and node b PUT different delays with the same If-Match at once: one wins, and its delay is on disk. */
    private static void raceOnce(Api[] nodes, String version, Path file, int round) throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Reply>> puts = new java.util.ArrayList<>();
            for (int n = 0; n < 2; n++) {
                Api node = nodes[n];
                int delay = 100 * round + n;
                puts.add(threads.submit(() -> {
                    start.await();
                    return node.call("PUT", "mocks/raced", MeteredHome.ADMIN, "{\"mock\": {\"delay\": {\"min\": "
                            + delay + ", \"max\": " + delay + "}}}", "If-Match", version);
                }));
            }
            start.countDown();
            Api.Reply first = puts.get(0).get(60, TimeUnit.SECONDS);
            Api.Reply second = puts.get(1).get(60, TimeUnit.SECONDS);
            List<Integer> statuses = java.util.stream.Stream.of(first, second).map(Api.Reply::status).sorted().toList();
            assertEquals(List.of(200, 412), statuses, first + "\n" + second);
            Api.Reply winner = first.status() == 200 ? first : second;
            Api.Reply loser = first.status() == 200 ? second : first;
            assertEquals("preconditionFailedError", loser.errorName());
            byte[] onDisk = java.nio.file.Files.readAllBytes(file);
            assertEquals(dev.mockhost.repository.FileVersion.of(onDisk).tag(), winner.etag(),
                    "the file holds what the winner wrote");
            int won = winner.object("mock").getJsonObject("config").getJsonObject("delay").getInt("min");
            try (var reader = jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(onDisk))) {
                assertEquals(won, reader.readObject().getJsonObject("delay").getInt("min"), "the winner's delay");
            }
        } finally {
            threads.shutdownNow();
        }
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
