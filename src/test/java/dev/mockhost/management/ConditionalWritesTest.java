package dev.mockhost.management;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.Role;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.FileVersion;
import dev.mockhost.repository.IfMatch;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Optimistic concurrency of every management write: the version of a write's file is the one If-Match names, or
 * nothing is written and the answer (412) names the version there is now.
 */
class ConditionalWritesTest {

    private static final String SHOP = """
            {"info": {"_postman_id": "39fee52f-b806-3ffa-1173-00a6f5b183dc", "name": "Shop"},
             "item": [{"name": "pets", "request": {"method": "GET", "url": "/pets"},
              "response": [{"id": "all", "name": "all pets", "code": 200, "body": "[]",
                            "originalRequest": {"method": "GET", "url": "/pets"}}]}]}""";
    /** A collection no mock file serves: its implicit mock is served without a file of its own. */
    private static final String TOYS = SHOP.replace("39fee52f", "00000000").replace("Shop", "Toys");
    private static final ApiKey ADMIN = new ApiKey("root", new byte[32], Role.ADMIN, Map.of(), null);

    @TempDir
    Path home;

    private LoadedWorkspace workspace;
    private MockService mocks;

    @BeforeEach
    void load() throws Exception {
        Files.createDirectories(home.resolve("collections"));
        Files.writeString(home.resolve("collections/shop.json"), SHOP);
        Files.writeString(home.resolve("collections/toys.json"), TOYS);
        workspace = new LoadedWorkspace(home);
        mocks = new MockService(workspace);
        mocks.create(ADMIN, json("{\"name\": \"m\", \"collection\": \"shop\"}"));
    }

    @Test
    void aWriteAnswersTheVersionOfTheBytesItWrote() throws Exception {
        FileVersion written = mocks.update(ADMIN, "m", json("{\"private\": true}"), IfMatch.NONE).version();
        assertEquals(FileVersion.of(Files.readAllBytes(mockFile())), written);
        assertEquals(written, mocks.version(mocks.get(ADMIN, "m")));
    }

    @Test
    void theCurrentVersionWritesAndAStaleOneIsRefusedNamingTheCurrent() throws Exception {
        FileVersion first = mocks.version(mocks.get(ADMIN, "m"));
        FileVersion second = mocks.update(ADMIN, "m", json("{\"private\": true}"), IfMatch.of(first)).version();
        assertNotEquals(first, second);
        byte[] before = Files.readAllBytes(mockFile());

        Failure stale = preconditionFails(() -> mocks.update(ADMIN, "m", json("{\"private\": false}"),
                IfMatch.of(first)));
        assertTrue(stale.getMessage().contains(second.tag()), stale.getMessage());
        assertEquals(second.tag(), stale.responseHeaders().get("ETag"));
        assertEquals("If-Match", stale.body().header());
        assertArrayEquals(before, Files.readAllBytes(mockFile()), "nothing written");
    }

    @Test
    void aStaleDeleteLeavesTheFile() throws Exception {
        FileVersion first = mocks.version(mocks.get(ADMIN, "m"));
        mocks.publish(ADMIN, "m", true, IfMatch.NONE);
        preconditionFails(() -> mocks.delete(ADMIN, "m", IfMatch.of(first)));
        assertTrue(Files.exists(mockFile()));
        mocks.delete(ADMIN, "m", IfMatch.of(mocks.version(mocks.get(ADMIN, "m"))));
        assertTrue(Files.notExists(mockFile()));
    }

    @Test
    void publishAndUnpublishAreConditionalToo() {
        FileVersion first = mocks.version(mocks.get(ADMIN, "m"));
        FileVersion second = mocks.publish(ADMIN, "m", true, IfMatch.of(first)).version();
        preconditionFails(() -> mocks.publish(ADMIN, "m", false, IfMatch.of(first)));
        mocks.publish(ADMIN, "m", false, IfMatch.of(second));
    }

    @Test
    void starMeansTheMockExistsEvenAnImplicitOneWithoutAFile() throws Exception {
        mocks.update(ADMIN, "m", json("{\"private\": true}"), IfMatch.parse("*"));
        CompiledMock implicit = mocks.get(ADMIN, "toys");
        assertTrue(implicit.implicit());
        assertEquals(FileVersion.NO_FILE, mocks.version(implicit));
        mocks.update(ADMIN, "toys", json("{\"private\": true}"), IfMatch.parse("*"));
        assertTrue(Files.exists(home.resolve("mocks/toys.json")), "the implicit mock got its own file");
    }

    @Test
    void theNoFileVersionOfAnImplicitMockIsStaleOnceAFileExists() {
        IfMatch noFile = IfMatch.of(mocks.version(mocks.get(ADMIN, "toys")));
        mocks.update(ADMIN, "toys", json("{\"private\": true}"), noFile);
        preconditionFails(() -> mocks.update(ADMIN, "toys", json("{\"private\": false}"), noFile));
    }

    @Test
    void twoWritesWithTheSameVersionRacingOneWins() throws Exception {
        IfMatch same = IfMatch.of(mocks.version(mocks.get(ADMIN, "m")));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<String>> racers = new ArrayList<>();
        try {
            for (int delay : new int[] {100, 200}) {
                racers.add(threads.submit(() -> {
                    start.await();
                    try {
                        mocks.update(ADMIN, "m", json("{\"delay\": {\"min\": " + delay + ", \"max\": " + delay
                                + "}}"), same);
                        return "won " + delay;
                    } catch (Failure refused) {
                        assertEquals(ErrorName.PRECONDITION_FAILED, refused.body().name());
                        return "lost";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> racer : racers) {
                outcomes.add(racer.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, outcomes.stream().filter("lost"::equals).count(), outcomes.toString());
            String winner = outcomes.stream().filter(o -> o.startsWith("won")).findFirst().orElseThrow();
            assertEquals(winner.substring(4), json(Files.readString(mockFile())).getJsonObject("delay")
                    .get("min").toString(), "the file holds the winner's");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void documentsKeysAndServerResponsesAreConditional() throws Exception {
        DocumentService collections = DocumentService.collections(workspace);
        FileVersion shop = collections.get(ADMIN, "shop").version();
        assertEquals(FileVersion.of(Files.readAllBytes(home.resolve("collections/shop.json"))), shop);
        FileVersion replaced = collections.replace(ADMIN, "shop", json(SHOP), IfMatch.of(shop)).version();
        preconditionFails(() -> collections.replace(ADMIN, "shop", json(SHOP), IfMatch.of(FileVersion.NO_FILE)));
        assertEquals(replaced, collections.get(ADMIN, "shop").version());
        FileVersion toys = collections.get(ADMIN, "toys").version();
        collections.replace(ADMIN, "toys", json(TOYS.replace("[]", "[1]")), IfMatch.NONE);
        preconditionFails(() -> collections.delete(ADMIN, "toys", IfMatch.of(toys)));
        assertTrue(Files.exists(home.resolve("collections/toys.json")));

        KeyService keys = new KeyService(workspace, new SecureRandom());
        FileVersion ci = keys.create(ADMIN, json("{\"name\": \"ci\"}")).version();
        keys.update(ADMIN, "ci", json("{\"monthlyQuota\": 5}"), IfMatch.of(ci));
        preconditionFails(() -> keys.revoke(ADMIN, "ci", IfMatch.of(ci)));

        ServerResponseService responses = new ServerResponseService(workspace);
        FileVersion before = mocks.version(mocks.get(ADMIN, "m"));
        String id = responses.create(ADMIN, "m", json("{\"statusCode\": 503}"), IfMatch.of(before)).value()
                .response().id();
        preconditionFails(() -> responses.delete(ADMIN, "m", id, IfMatch.of(before)));
        responses.delete(ADMIN, "m", id, IfMatch.of(responses.version(ADMIN, "m")));
    }

    @Test
    void aMockMayBeNamedByTheUidThisApiHandsOut() {
        assertEquals("m", mocks.get(ADMIN, "mockhost-m").name());
        assertEquals("m", mocks.delete(ADMIN, "mockhost-m", IfMatch.NONE));
    }

    @Test
    void aCollectionMayBeNamedByItsPostmanUid() {
        CompiledMock created = mocks.create(ADMIN, json("{\"collection\": "
                + "\"1679925-39fee52f-b806-3ffa-1173-00a6f5b183dc\"}")).value();
        assertEquals("shop", created.definition().collection());
        assertEquals("shop-mock", created.name());
        assertEquals("shop", mocks.create(ADMIN, json("{\"name\": \"by-id\", \"collection\": "
                + "\"39fee52f-b806-3ffa-1173-00a6f5b183dc\"}")).value().definition().collection());
        assertEquals(ErrorName.INVALID_PARAM, assertThrows(Failure.class, () -> mocks.create(ADMIN,
                json("{\"name\": \"x\", \"collection\": \"1679925-unknown\"}"))).body().name());
    }

    private Path mockFile() {
        return home.resolve("mocks/m.json");
    }

    private static Failure preconditionFails(Executable write) {
        Failure failure = assertThrows(Failure.class, write);
        assertEquals(ErrorName.PRECONDITION_FAILED, failure.body().name(), failure.getMessage());
        return failure;
    }

    private static JsonObject json(String text) {
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
