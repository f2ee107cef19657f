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
 * Matching one call against the largest corpus collections: through the index, as Mockhost does, and with a scan
 * of every example as the baseline the index avoids. Calls: a literal path, a path through a wildcard, a miss.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MatchingBenchmark {

    @Param({"fastly", "paypal-partner-apis"})
    public String collection;

    private final Matcher matcher = new Matcher();
    private RouteIndex<ResponseTemplate> index;
    private List<RouteIndex<ResponseTemplate>> eachAlone;
    private IncomingRequest hit;
    private IncomingRequest miss;

    @Setup
    public void compile() throws Exception {
        Path file = Path.of("src/test/resources/corpus/collections", collection + ".json");
        PostmanCollection parsed = new CollectionReader().read(collection, Files.readAllBytes(file)).value();
        CompiledMock mock = new MockCompiler().compile(MockDefinition.implicit(collection, null, Delay.NONE),
                parsed, file.toString(), null);
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

    private static IncomingRequest call(String method, String path) {
        List<String> segments = Arrays.asList(path.substring(1).split("/", -1));
        return IncomingRequest.of(method, segments, "", HeaderLookup.NONE, "", List.of());
    }
}
