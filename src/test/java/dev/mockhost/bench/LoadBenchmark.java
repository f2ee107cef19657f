package dev.mockhost.bench;

import dev.mockhost.it.TomcatProcess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load benchmark ({@code mvn -Pload verify}): the built WAR in a real Tomcat 10.1 with a static file beside it,
 * mocks of 10, 10,000 and 100,000 examples with numeric, UUID and word ids, each driven with Debian's {@code wrk}
 * over loopback in alternating rounds, with a URL that matches nothing; req/s, latency and the ratio to the static
 * file from the same run. Then the load time and retained heap of 100,000 examples in a Tomcat of {@code -Xmx512m},
 * and a reload of a new version under calls. Settings: {@code -Dload.seconds} (a round, default 5),
 * {@code -Dload.rounds} (default 5), {@code -Dload.connections} (default 16).
 */
public final class LoadBenchmark {

    private static final int SECONDS = Integer.getInteger("load.seconds", 5);
    private static final int ROUNDS = Integer.getInteger("load.rounds", 5);
    private static final int CONNECTIONS = Integer.getInteger("load.connections", 16);
    private static final List<Integer> SIZES = List.of(10, 10_000, 100_000);
    private static final int BIG = 100_000;
    /** -Dload.proxied=false leaves out the forwarded miss, whose client threads share the two cores. */
    private static final boolean PROXIED = Boolean.parseBoolean(System.getProperty("load.proxied", "true"));

    private final Path base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private LoadBenchmark(Path base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Wrk.check();
        Path base = Path.of(args.length > 0 ? args[0] : "target/load").toAbsolutePath();
        new LoadBenchmark(base).run();
    }

    private void run() throws Exception {
        deleteTree(base);
        List<Target> targets = prepareThroughputHome(base.resolve("home"));
        Map<Target, List<Wrk.Result>> results = new LinkedHashMap<>();
        try (TomcatProcess tomcat = TomcatProcess.start(base.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                .environment(Map.of("MOCKHOST_HOME", base.resolve("home").toString()))
                .jvm("-Xmx1g", "-Dmockhost.proxy.allowedHosts=127.0.0.1"))) {
            URI origin = URI.create(tomcat.baseUrl()).resolve("/");
            // written once the port is known: the upstream is the static file's application on this Tomcat
            if (PROXIED) {
                Files.writeString(base.resolve("home/mocks/proxied.json"), "{\"collection\": \"upstream\", "
                        + "\"proxy\": {\"target\": \"" + origin + "static\", \"mode\": \"passthrough\"}}");
                awaitMocks(tomcat, targets.size() - 2);
                awaitMock(tomcat, "proxied");
            } else {
                awaitMocks(tomcat, targets.size() - 2);
            }
            System.out.printf(Locale.ROOT, "warming up %d targets%n", targets.size());
            for (Target target : targets) {
                Wrk.run(tomcat, target, 2, CONNECTIONS, base);
            }
            for (int round = 1; round <= ROUNDS; round++) {
                System.out.printf(Locale.ROOT, "round %d of %d%n", round, ROUNDS);
                for (Target target : targets) {
                    results.computeIfAbsent(target, t -> new ArrayList<>())
                            .add(Wrk.run(tomcat, target, SECONDS, CONNECTIONS, base));
                }
            }
        }
        LoadResult load = measureLoad();
        new Report(results, load).print(SECONDS, ROUNDS, CONNECTIONS);
    }

    /** The static file, one mock per size and id kind, and a URL no example matches. */
    private List<Target> prepareThroughputHome(Path home) throws IOException {
        Files.createDirectories(home.resolve("collections"));
        List<Target> targets = new ArrayList<>();
        GeneratedCollection sample = new GeneratedCollection("sample", GeneratedCollection.IdKind.NUMERIC, 1, 1);
        Path staticApp = Files.createDirectories(base.resolve("tomcat/webapps/static"));
        Files.writeString(staticApp.resolve("item.json"), sample.body(1));
        targets.add(new Target("the same Tomcat serving a static JSON file", List.of("/static/item.json"), 200));
        for (int size : SIZES) {
            for (GeneratedCollection.IdKind kind : GeneratedCollection.IdKind.values()) {
                if (size == 10 && kind != GeneratedCollection.IdKind.NUMERIC) {
                    continue;
                }
                String name = kind.name().toLowerCase(Locale.ROOT) + size;
                GeneratedCollection collection = new GeneratedCollection(name, kind, size, 1);
                collection.writeTo(home.resolve("collections").resolve(name + ".json"));
                List<String> paths = new ArrayList<>();
                for (int i = 0; i < Math.min(size, 1000); i++) {
                    paths.add("/mockhost/" + name + "/" + collection.path(1 + (int) ((long) i * size / Math.min(size,
                            1000))));
                }
                targets.add(new Target(String.format(Locale.ROOT, "%,d examples, %s ids", size,
                        kind.name().toLowerCase(Locale.ROOT)), paths, 200));
            }
        }
        targets.add(new Target("a URL matching nothing, 100,000 examples", List.of(
                "/mockhost/numeric100000/nothing/here/at-all"), 404));
        if (PROXIED) {
            Files.createDirectories(home.resolve("mocks"));
            // a collection of its own: a mock file naming one of the others would replace its implicit mock
            new GeneratedCollection("upstream", GeneratedCollection.IdKind.NUMERIC, 1, 1)
                    .writeTo(home.resolve("collections/upstream.json"));
            targets.add(new Target("a miss forwarded to the static file on the same Tomcat (passthrough)",
                    List.of("/mockhost/proxied/item.json"), 200));
        }
        return targets;
    }

    /** Load time and retained heap of 100,000 examples, and a reload of a new version while calls go on. */
    private LoadResult measureLoad() throws Exception {
        Path home = base.resolve("load-home");
        Files.createDirectories(home.resolve("collections"));
        new GeneratedCollection("small", GeneratedCollection.IdKind.NUMERIC, 10, 1)
                .writeTo(home.resolve("collections/small.json"));
        try (TomcatProcess tomcat = TomcatProcess.start(base.resolve("tomcat-512m"), TomcatProcess.Options.tomcat10()
                .environment(Map.of("MOCKHOST_HOME", home.toString())).jvm("-Xmx512m"))) {
            awaitMocks(tomcat, 1);
            long before = Heap.usedAfterGc(tomcat.pid());
            GeneratedCollection first = new GeneratedCollection("big", GeneratedCollection.IdKind.NUMERIC, BIG, 1);
            Path staged = home.resolve(".big.json");
            first.writeTo(staged);
            long fileBytes = Files.size(staged);
            long start = System.nanoTime();
            Files.move(staged, home.resolve("collections/big.json"), StandardCopyOption.ATOMIC_MOVE);
            awaitExamples(tomcat, "big", BIG, 1);
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            long after = Heap.usedAfterGc(tomcat.pid());
            GeneratedCollection second = new GeneratedCollection("big", GeneratedCollection.IdKind.NUMERIC, BIG, 2);
            second.writeTo(staged);
            AtomicBoolean calling = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            Thread caller = new Thread(() -> callWhileReloading(tomcat, calling, answered, failed));
            caller.start();
            start = System.nanoTime();
            Files.move(staged, home.resolve("collections/big.json"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            awaitExamples(tomcat, "big", BIG, 2);
            double reloadSeconds = (System.nanoTime() - start) / 1e9;
            calling.set(false);
            caller.join();
            return new LoadResult(fileBytes, loadSeconds, after - before, reloadSeconds, answered.get(),
                    failed.get());
        }
    }

    /** Calls an example of the big mock until told to stop; each answer must be the old or the new version's. */
    private void callWhileReloading(TomcatProcess tomcat, AtomicBoolean calling, AtomicInteger answered,
                                    AtomicInteger failed) {
        GeneratedCollection v1 = new GeneratedCollection("big", GeneratedCollection.IdKind.NUMERIC, BIG, 1);
        GeneratedCollection v2 = new GeneratedCollection("big", GeneratedCollection.IdKind.NUMERIC, BIG, 2);
        int n = 0;
        while (calling.get()) {
            n = n % BIG + 1;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tomcat.baseUrl() + "big/"
                        + v1.path(n))).build(), HttpResponse.BodyHandlers.ofString());
                boolean right = response.statusCode() == 200
                        && (response.body().equals(v1.body(n)) || response.body().equals(v2.body(n)));
                (right ? answered : failed).incrementAndGet();
            } catch (IOException | InterruptedException e) {
                failed.incrementAndGet();
            }
        }
    }

    private void awaitMocks(TomcatProcess tomcat, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (status(tomcat).getJsonArray("mocks").size() >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the mocks were not served within 5 minutes");
    }

    private void awaitMock(TomcatProcess tomcat, String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (status(tomcat).getJsonArray("mocks").stream()
                    .anyMatch(m -> m.asJsonObject().getString("name").equals(name))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the mock " + name + " was not served within a minute");
    }

    /** Waits until the mock serves {@code examples} examples of {@code version} (read from an example's body). */
    private void awaitExamples(TomcatProcess tomcat, String mock, int examples, int version) throws Exception {
        GeneratedCollection expected = new GeneratedCollection(mock, GeneratedCollection.IdKind.NUMERIC, examples,
                version);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonValue value : status(tomcat).getJsonArray("mocks")) {
                JsonObject served = value.asJsonObject();
                if (served.getString("name").equals(mock) && served.getInt("examples") == examples) {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(tomcat.baseUrl()
                            + mock + "/" + expected.path(examples))).build(), HttpResponse.BodyHandlers.ofString());
                    if (answer.body().equals(expected.body(examples))) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(mock + " version " + version + " was not served within 2 minutes");
    }

    private JsonObject status(TomcatProcess tomcat) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tomcat.baseUrl() + "api/status"))
                .build(), HttpResponse.BodyHandlers.ofString());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** What wrk calls: paths taken in turn, and the status each must answer. */
    record Target(String label, List<String> paths, int status) {
    }

    record LoadResult(long fileBytes, double loadSeconds, long retainedBytes, double reloadSeconds,
                      int answeredDuringReload, int failedDuringReload) {
    }

    /** Debian's wrk, driven with a Lua script that walks a target's paths. */
    static final class Wrk {

        private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
        private static final Pattern LATENCY = Pattern.compile("Latency\\s+([0-9.]+)(us|ms|s)\\b");
        private static final Pattern P50 = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s)\\b");
        private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)\\b");
        private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
        private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");

        record Result(double requestsPerSecond, double averageMillis, double p50Millis, double p99Millis) {
        }

        static void check() {
            try {
                new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("wrk is not installed; on Debian: apt-get install wrk", e);
            }
        }

        static Result run(TomcatProcess tomcat, Target target, int seconds, int connections, Path base)
                throws IOException, InterruptedException {
            Path script = base.resolve("wrk-" + Integer.toHexString(target.label().hashCode()) + ".lua");
            StringBuilder lua = new StringBuilder("local paths = {\n");
            target.paths().forEach(path -> lua.append("  \"").append(path).append("\",\n"));
            lua.append("}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n"
                    + "  return wrk.format(\"GET\", paths[i])\nend\n");
            Files.writeString(script, lua);
            Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--latency",
                    "-s", script.toString(), "http://127.0.0.1:" + tomcat.port()).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed:\n" + output);
            }
            long total = Long.parseLong(find(TOTAL, output, target));
            Matcher non2xx = NON_2XX.matcher(output);
            long wrong = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
            long expectedWrong = target.status() == 200 ? 0 : total;
            if (wrong != expectedWrong) {
                throw new IllegalStateException(target.label() + ": " + wrong + " of " + total + " answers were not "
                        + target.status() + "\n" + output);
            }
            return new Result(Double.parseDouble(find(REQUESTS, output, target)), millis(LATENCY, output, target),
                    millis(P50, output, target), millis(P99, output, target));
        }

        private static String find(Pattern pattern, String output, Target target) {
            Matcher matcher = pattern.matcher(output);
            if (!matcher.find()) {
                throw new IllegalStateException(target.label() + ": no " + pattern + " in wrk's output:\n" + output);
            }
            return matcher.group(1);
        }

        private static double millis(Pattern pattern, String output, Target target) {
            Matcher matcher = pattern.matcher(output);
            if (!matcher.find()) {
                throw new IllegalStateException(target.label() + ": no " + pattern + " in wrk's output:\n" + output);
            }
            double value = Double.parseDouble(matcher.group(1));
            return switch (matcher.group(2)) {
                case "us" -> value / 1000;
                case "s" -> value * 1000;
                default -> value;
            };
        }
    }

    /** The heap a process uses after a full collection, from {@code jcmd}. */
    static final class Heap {

        private static final Pattern USED = Pattern.compile("used (\\d+)K");

        static long usedAfterGc(long pid) throws IOException, InterruptedException {
            jcmd(pid, "GC.run");
            String info = jcmd(pid, "GC.heap_info");
            long usedKb = 0;
            for (String line : info.split("\n")) {
                if (line.contains("Metaspace") || line.contains("class space")) {
                    break;
                }
                Matcher used = USED.matcher(line);
                if (used.find() && !line.contains("region size")) {
                    usedKb += Long.parseLong(used.group(1));
                    if (line.contains("heap")) {
                        break; // G1 gives the whole heap on one line
                    }
                }
            }
            return usedKb * 1024;
        }

        private static String jcmd(long pid, String command) throws IOException, InterruptedException {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        }
    }
}
