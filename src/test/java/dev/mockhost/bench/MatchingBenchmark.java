package dev.mockhost.bench;

import dev.mockhost.collection.CollectionReader;
import dev.mockhost.collection.PostmanCollection;
import dev.mockhost.matching.HeaderLookup;
import dev.mockhost.matching.IncomingRequest;
import dev.mockhost.matching.MatchDirectives;
import dev.mockhost.matching.MatchResult;
import dev.mockhost.matching.MatchSettings;
import dev.mockhost.matching.Matcher;
import dev.mockhost.matching.Route;
import dev.mockhost.matching.RouteIndex;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.Delay;
import dev.mockhost.mock.MockCompiler;
import dev.mockhost.mock.MockDefinition;
import dev.mockhost.rendering.ResponseTemplate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Matching one call against the largest corpus collections and generated ones of 10,000 and 100,000 examples
 * (numeric, UUID and word ids): through the index, as Mockhost does, and with a scan of every example as the
 * baseline the index avoids. Calls: the path of the middle example, a miss.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MatchingBenchmark {

    @Param({"fastly", "paypal-partner-apis", "numeric-10000", "numeric-100000", "uuid-100000", "word-100000"})
    public String collection;

    private final Matcher matcher = new Matcher();
    private RouteIndex<ResponseTemplate> index;
    private List<RouteIndex<ResponseTemplate>> eachAlone;
    private IncomingRequest hit;
    private IncomingRequest miss;

    @Setup
    public void compile() throws Exception {
        PostmanCollection parsed = new CollectionReader().read(collection, bytes(collection)).value();
        CompiledMock mock = new MockCompiler().compile(MockDefinition.implicit(collection, null, Delay.NONE),
                parsed, collection, null);
        index = mock.routes();
        eachAlone = index.routes().stream().map(route -> RouteIndex.of(List.of(route))).toList();
        Route<ResponseTemplate> middle = index.routes().get(index.size() / 2);
        String path = middle.path().toString().replaceAll(":[^/]+", "x123");
        hit = call(middle.method(), path);
        miss = call("GET", "/no/such/endpoint/anywhere");
        if (!matcher.match(index, hit, MatchDirectives.NONE, MatchSettings.DEFAULT).matched()) {
            throw new IllegalStateException("the benchmark call does not match: " + path);
        }
    }

    @Benchmark
    public MatchResult<ResponseTemplate> indexedHit() {
        return matcher.match(index, hit, MatchDirectives.NONE, MatchSettings.DEFAULT);
    }

    @Benchmark
    public MatchResult<ResponseTemplate> indexedMiss() {
        return matcher.match(index, miss, MatchDirectives.NONE, MatchSettings.DEFAULT);
    }

    /** The baseline: every example of the mock scored, what the index exists to avoid. */
    @Benchmark
    public MatchResult<ResponseTemplate> scanHit() {
        MatchResult<ResponseTemplate> best = null;
        for (RouteIndex<ResponseTemplate> alone : eachAlone) {
            MatchResult<ResponseTemplate> one = matcher.match(alone, hit, MatchDirectives.NONE,
                    MatchSettings.DEFAULT);
            if (one.matched() && (best == null || one.score() > best.score())) {
                best = one;
            }
        }
        return best;
    }

    /** A corpus collection, or one generated as {@code <id kind>-<examples>}. */
    private static byte[] bytes(String collection) throws java.io.IOException {
        int dash = collection.lastIndexOf('-');
        if (dash > 0 && collection.substring(dash + 1).chars().allMatch(Character::isDigit)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            new GeneratedCollection(collection, GeneratedCollection.IdKind.valueOf(collection.substring(0, dash)
                    .toUpperCase(java.util.Locale.ROOT)), Integer.parseInt(collection.substring(dash + 1)), 1)
                    .writeTo(out);
            return out.toByteArray();
        }
        return Files.readAllBytes(Path.of("src/test/resources/corpus/collections", collection + ".json"));
    }

    private static IncomingRequest call(String method, String path) {
        List<String> segments = Arrays.asList(path.substring(1).split("/", -1));
        return IncomingRequest.of(method, segments, "", HeaderLookup.NONE, "", List.of());
    }
}
