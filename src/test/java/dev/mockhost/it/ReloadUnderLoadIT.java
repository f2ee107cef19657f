package dev.mockhost.it;

import dev.mockhost.bench.GeneratedCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 10,000-example collection rewritten 100 times, half by atomic renames and half in place (truncate and write, as
 * an editor saves), while 16 connections call it: every answer is an example of a version that was written, whole,
 * never an error; the last version is served at the end.
 */
class ReloadUnderLoadIT {

    private static final int EXAMPLES = 10_000;
    private static final int REWRITES = 100;
    private static final int CALLERS = 16;
    private static final Pattern VERSION = Pattern.compile("\"v(\\d+)\"");

    @TempDir
    Path work;

    @Test
    void everyAnswerComesFromAWrittenVersionWhileTheFileIsRewrittenUnderLoad() throws Exception {
        Path home = work.resolve("home");
        Path file = home.resolve("collections/storm.json");
        Files.createDirectories(file.getParent());
        version(0).writeTo(file);
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                .environment(Map.of("MOCKHOST_HOME", home.toString())).jvm("-Xmx512m"))) {
            Http http = new Http(tomcat.baseUrl());
            assertEquals(200, http.get("storm/" + version(0).path(1)).statusCode());
            AtomicInteger written = new AtomicInteger();
            AtomicBoolean calling = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            List<String> failures = new CopyOnWriteArrayList<>();
            Set<Integer> versionsSeen = ConcurrentHashMap.newKeySet();
            ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
            for (int i = 0; i < CALLERS; i++) {
                callers.submit(() -> call(http, written, calling, answered, failures, versionsSeen));
            }
            for (int v = 1; v <= REWRITES; v++) {
                written.set(v); // before the write: a caller may see it as soon as the file changes
                if (v % 2 == 0) {
                    version(v).writeTo(file);
                } else {
                    writeInPlace(version(v), file);
                }
                Thread.sleep(ThreadLocalRandom.current().nextInt(20, 120));
            }
            HttpResponse<String> last = http.await("storm/" + version(REWRITES).path(EXAMPLES),
                    Duration.ofSeconds(30), r -> r.body().equals(version(REWRITES).body(EXAMPLES)));
            calling.set(false);
            callers.shutdown();
            assertTrue(callers.awaitTermination(60, TimeUnit.SECONDS));
            System.out.printf("reload under load: %d rewrites, %d answers from %d versions, %d failed or wrong%n",
                    REWRITES, answered.get(), versionsSeen.size(), failures.size());
            assertTrue(failures.isEmpty(), failures.size() + " failed or wrong answers, the first: "
                    + failures.subList(0, Math.min(5, failures.size())));
            assertEquals(version(REWRITES).body(EXAMPLES), last.body(), "the last version is served");
            assertTrue(answered.get() > 1000, "calls kept coming during the rewrites: " + answered.get());
            assertTrue(versionsSeen.size() >= 3, "answers came from several versions: " + versionsSeen);
        }
    }

    private static GeneratedCollection version(int v) {
        return new GeneratedCollection("storm", GeneratedCollection.IdKind.NUMERIC, EXAMPLES, v);
    }

    /** As an editor saves: the file truncated, then written, so a poll can see it half written. */
    private static void writeInPlace(GeneratedCollection collection, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 8192)) {
            collection.writeTo(out);
        }
    }

    private static void call(Http http, AtomicInteger written, AtomicBoolean calling, AtomicInteger answered,
                             List<String> failures, Set<Integer> versionsSeen) {
        while (calling.get()) {
            int n = ThreadLocalRandom.current().nextInt(1, EXAMPLES + 1);
            try {
                HttpResponse<String> response = http.get("storm/" + version(0).path(n));
                Matcher version = VERSION.matcher(response.body());
                int v = version.find() ? Integer.parseInt(version.group(1)) : -1;
                if (response.statusCode() != 200 || v < 0 || v > written.get()
                        || !response.body().equals(version(v).body(n))) {
                    failures.add(response.statusCode() + " for example " + n + ": " + response.body());
                } else {
                    answered.incrementAndGet();
                    versionsSeen.add(v);
                }
            } catch (IOException | InterruptedException e) {
                failures.add("example " + n + ": " + e);
            }
        }
    }
}
