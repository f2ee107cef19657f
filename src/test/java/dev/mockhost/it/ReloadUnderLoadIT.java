package dev.mockhost.it;

import dev.mockhost.bench.GeneratedCollection;
import dev.mockhost.bench.GeneratedV3Collection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 10,000-example collection changed 100 times while 16 connections call it: every answer is a whole example of a
 * version that was written, never an error, and the last version is served at the end. Once as a v2.1 file rewritten
 * half by atomic renames and half in place (truncate and write, as an editor saves); once as a v3 directory in a Git
 * checkout, switched between committed versions by {@code git checkout}, which unlinks and writes file after file.
 */
class ReloadUnderLoadIT {

    private static final int EXAMPLES = 10_000;
    private static final int REWRITES = 100;
    private static final int CHECKOUTS = 100;
    private static final int CALLERS = 16;
    private static final Pattern VERSION = Pattern.compile("\"v(\\d+)\"");

    /** Examples a request file of the v3 collection holds (see {@link GeneratedV3Collection} for why not one). */
    private static final int EXAMPLES_PER_REQUEST = 100;
    /**
     * Each commit changes every tenth example (1,000 files, a large commit), the rest keep version 0: a switch of
     * all 10,000 takes Git over a second on 2 busy cores, too long for 100 of them, each waited for.
     */
    private static final int CHANGED_EVERY = 10;
    /** The versions committed, and switched between in this order, round and round. */
    private static final List<Integer> COMMITTED = List.of(1, 2, 3);
    /**
     * A v3 example answers in a fraction of a millisecond: 16 callers that never pause make over 8,000 calls a
     * second, which leave the watcher and the reload a sliver of 2 cores (1.5 s a switch, measured), so each pauses
     * this long after an answer: about 3,000 calls a second in all, twice what the v2.1 test's callers get.
     */
    private static final long CALLER_PAUSE_MILLIS = 5;
    /**
     * Each switch is waited for until served (so a call can be held to the old or the new version); at the default
     * 250 ms a switch takes a poll to be seen and one quiet poll to settle, 1.1 s in all on 2 cores (0.9 s at 100 ms,
     * measured). 100 ms keeps the settling rule whole: git writes its files in one burst without pausing that long.
     */
    private static final int POLL_MILLIS = 100;
    /** A changed example, polled after each switch until it shows the new version. */
    private static final int PROBE = EXAMPLES;

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
            long reloadsBefore = generation(http);
            AtomicInteger written = new AtomicInteger();
            try (CallStorm storm = CallStorm.start(http, CALLERS, EXAMPLES, n -> "storm/" + version(0).path(n),
                    written::get, (n, sent, answer) -> writtenVersionOf(n, answer, written.get()), 0)) {
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
                CallStorm.Counts counts = storm.stop();
                report("v2.1 file", REWRITES + " rewrites", counts, generation(http) - reloadsBefore);
                assertEquals(version(REWRITES).body(EXAMPLES), last.body(), "the last version is served");
                assertTrue(counts.perVersion().size() >= 3, "answers came from several versions: "
                        + counts.perVersion());
            }
        }
    }

    @Test
    void everyAnswerComesFromTheOldOrTheNewCommitWhileGitSwitchesTheCheckoutUnderLoad() throws Exception {
        Path checkout = work.resolve("checkout");
        Path collection = checkout.resolve("postman/collections/storm");
        GitRepository git = GitRepository.init(checkout);
        List<String> refs = commitVersions(git, collection);
        git.checkout(refs.get(0));
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                .environment(Map.of("MOCKHOST_HOME", work.resolve("home").toString(),
                        "MOCKHOST_POSTMAN_DIR", checkout.toString()))
                .jvm("-Xmx512m", "-Dmockhost.pollIntervalMillis=" + POLL_MILLIS))) {
            Http http = new Http(tomcat.baseUrl());
            assertEquals(committed(COMMITTED.get(0), PROBE), http.get("storm/" + version(0).path(PROBE)).body());
            long reloadsBefore = generation(http);
            Checkouts checkouts = new Checkouts(COMMITTED.get(0));
            long gitNanos = 0;
            long servedNanos = 0;
            try (CallStorm storm = CallStorm.start(http, CALLERS, EXAMPLES, n -> "storm/" + version(0).path(n),
                    checkouts::started, (n, sent, answer) -> committedVersionOf(n, answer,
                            checkouts.possibleSince(sent)), CALLER_PAUSE_MILLIS)) {
                for (int i = 1; i <= CHECKOUTS; i++) {
                    int target = COMMITTED.get(i % COMMITTED.size());
                    checkouts.begin(target); // before the switch: a caller may see it as soon as files change
                    long start = System.nanoTime();
                    git.checkout(refs.get(COMMITTED.indexOf(target)));
                    long checkedOut = System.nanoTime();
                    awaitServed(http, target, "after checkout " + i);
                    gitNanos += checkedOut - start;
                    servedNanos += System.nanoTime() - checkedOut;
                    Thread.sleep(ThreadLocalRandom.current().nextInt(0, 50));
                }
                CallStorm.Counts counts = storm.stop();
                long reloads = generation(http) - reloadsBefore;
                report("v3 directory in a Git checkout", String.format("%d checkouts (git %d ms, then served in %d ms, "
                        + "on average)", CHECKOUTS, gitNanos / CHECKOUTS / 1_000_000,
                        servedNanos / CHECKOUTS / 1_000_000), counts, reloads);
                assertTrue(reloads >= CHECKOUTS, "each checkout was reloaded: " + reloads);
                assertTrue(counts.perVersion().keySet().containsAll(COMMITTED), "answers came from every commit: "
                        + counts.perVersion());
            }
            int last = COMMITTED.get(CHECKOUTS % COMMITTED.size());
            for (int n = 1; n <= EXAMPLES; n += 7) {
                assertEquals(committed(last, n), http.get("storm/" + version(0).path(n)).body(),
                        "the last version checked out is served whole, example " + n);
            }
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

    /** The version a v2.1 answer is a whole example of, at most the last written; -1 when none. */
    private static int writtenVersionOf(int n, HttpResponse<String> answer, int written) {
        int v = versionIn(answer.body());
        return v >= 0 && v <= written && answer.body().equals(version(v).body(n)) ? v : -1;
    }

    /**
     * The commits, one a version of {@link #COMMITTED}: the first on {@code main}, the second on branch {@code next}
     * and checked out by its hash (detached), the third after it on {@code next}, so switches move between branches
     * and commits.
     * Returns the refs to check each out by.
     */
    private static List<String> commitVersions(GitRepository git, Path collection) throws Exception {
        new GeneratedV3Collection(version(0), EXAMPLES_PER_REQUEST).writeTo(collection);
        List<String> refs = new ArrayList<>();
        for (int v : COMMITTED) {
            for (int n = CHANGED_EVERY; n <= EXAMPLES; n += CHANGED_EVERY) {
                new GeneratedV3Collection(version(v), EXAMPLES_PER_REQUEST).writeExample(collection, n);
            }
            if (refs.size() == 1) {
                git.branch("next");
            }
            String commit = git.commitAll("version " + v + " of every " + CHANGED_EVERY + "th example");
            refs.add(refs.isEmpty() ? "main" : refs.size() == 1 ? commit : "next");
        }
        return refs;
    }

    /** Example {@code n} of committed version {@code v}: version 0 where no commit changed it. */
    private static String committed(int v, int n) {
        return version(n % CHANGED_EVERY == 0 ? v : 0).body(n);
    }

    /**
     * The committed version a v3 answer is a whole example of, among those it may come from (the one served when it
     * was sent and any checked out since); 0 for an example no commit changed; -1 when none.
     */
    private static int committedVersionOf(int n, HttpResponse<String> answer, List<Integer> possible) {
        int v = versionIn(answer.body());
        boolean known = n % CHANGED_EVERY == 0 ? possible.contains(v) : v == 0;
        return known && answer.body().equals(version(v).body(n)) ? v : -1;
    }

    private static void awaitServed(Http http, int version, String when) throws Exception {
        HttpResponse<String> probe = http.await("storm/" + version(0).path(PROBE), Duration.ofSeconds(20),
                r -> r.body().equals(committed(version, PROBE)));
        assertEquals(committed(version, PROBE), probe.body(), "version " + version + " served " + when);
    }

    private static int versionIn(String body) {
        Matcher version = VERSION.matcher(body);
        return version.find() ? Integer.parseInt(version.group(1)) : -1;
    }

    private static long generation(Http http) throws Exception {
        return StatusDocument.parse(http.get("api/status").body()).generation();
    }

    private static void report(String what, String changes, CallStorm.Counts counts, long reloads) {
        System.out.printf("reload under load, %s: %s, %d calls answered, by version %s, %d failed or wrong, "
                + "%d reloads reported by /api/status%n", what, changes, counts.answered(), counts.perVersion(),
                counts.failed(), reloads);
        assertEquals(0, counts.failed(), counts.failed() + " failed or wrong answers, the first: "
                + counts.firstFailures());
        assertTrue(counts.answered() > 1000, "calls kept coming during the changes: " + counts.answered());
    }

    /**
     * The versions checked out, in order, the first being the one served when calling began. Each switch is waited
     * for until served, so a call sent during switch {@code s} may see the version of switch {@code s - 1} or any
     * later one, never an older one.
     */
    private static final class Checkouts {
        private final List<Integer> versions = new CopyOnWriteArrayList<>();

        Checkouts(int first) {
            versions.add(first);
        }

        void begin(int version) {
            versions.add(version);
        }

        long started() {
            return versions.size() - 1;
        }

        List<Integer> possibleSince(long started) {
            List<Integer> now = List.copyOf(versions);
            return now.subList((int) Math.max(0, started - 1), now.size());
        }
    }
}
