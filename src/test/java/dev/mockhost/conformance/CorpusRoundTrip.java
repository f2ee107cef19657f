package dev.mockhost.conformance;

import dev.mockhost.collection.CollectionReader;
import dev.mockhost.collection.Environment;
import dev.mockhost.collection.EnvironmentReader;
import dev.mockhost.collection.Example;
import dev.mockhost.collection.PostmanCollection;
import dev.mockhost.collection.RequestItem;
import dev.mockhost.matching.MatchDirectives;
import dev.mockhost.matching.MatchResult;
import dev.mockhost.matching.Matcher;
import dev.mockhost.matching.Route;
import dev.mockhost.matching.RouteIndex;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.Delay;
import dev.mockhost.mock.MockCompiler;
import dev.mockhost.mock.MockDefinition;
import dev.mockhost.rendering.ResponseTemplate;
import dev.mockhost.rendering.VariableScope;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sends every example of every corpus collection its own saved request, on the matcher, and sorts the outcome:
 * answered by that example; lost to another example that Postman's rules rank at least as high (score, then the
 * tie rule); or not matched at all, which is a bug or a documented limit.
 */
public final class CorpusRoundTrip {

    public static final Path CORPUS = Path.of("src/test/resources/corpus");

    /** How one example fared. */
    public enum Fate {
        ANSWERED, OUTRANKED, UNMATCHED
    }

    /** One example's trip: the call made from it and what answered. */
    public record Trip(String collection, Example example, ExampleRequest request, Fate fate, String detail) {
    }

    /** A corpus collection compiled the way Mockhost serves it, with the environment of the same name. */
    public record Served(String name, PostmanCollection collection, Environment environment, CompiledMock mock) {

        public VariableScope scope() {
            return VariableScope.of(collection.variables(), environment == null ? List.of() : environment.values());
        }
    }

    private CorpusRoundTrip() {
    }

    public static List<Served> collections() throws Exception {
        List<Served> served = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS.resolve("collections"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".json", "");
                PostmanCollection collection = new CollectionReader().read(name, Files.readAllBytes(file)).value();
                Environment environment = environment(name);
                CompiledMock mock = new MockCompiler().compile(MockDefinition.implicit(name, name, Delay.NONE),
                        collection, file.toString(), environment);
                served.add(new Served(name, collection, environment, mock));
            }
        }
        return served;
    }

    private static Environment environment(String name) throws Exception {
        Path file = CORPUS.resolve("environments").resolve(name + ".json");
        return Files.exists(file) ? new EnvironmentReader().read(name, Files.readAllBytes(file)).value() : null;
    }

    public static List<Trip> trips(Served served) {
        Matcher matcher = new Matcher();
        List<Trip> trips = new ArrayList<>();
        RouteIndex<ResponseTemplate> index = served.mock().routes();
        List<Route<ResponseTemplate>> routes = index.routes();
        int position = 0;
        for (RequestItem item : served.collection().requests()) {
            for (Example example : item.examples()) {
                Route<ResponseTemplate> own = routes.get(position++);
                ExampleRequest request = ExampleRequest.of(example, served.scope());
                var call = request.incoming();
                MatchDirectives directives = MatchDirectives.from(call.headers(), served.mock().definition().match());
                MatchResult<ResponseTemplate> result = matcher.match(index, call, directives,
                        served.mock().definition().match());
                MatchResult<ResponseTemplate> alone = matcher.match(RouteIndex.of(List.of(own)), call, directives,
                        served.mock().definition().match());
                trips.add(new Trip(served.name(), example, request, fate(own, result, alone),
                        result.explain() + (alone.matched() ? "; alone it scores " + alone.score() : "; alone: "
                                + alone.explain())));
            }
        }
        return trips;
    }

    private static Fate fate(Route<ResponseTemplate> own, MatchResult<ResponseTemplate> result,
                             MatchResult<ResponseTemplate> alone) {
        if (result.matched() && result.route() == own) {
            return Fate.ANSWERED;
        }
        if (result.matched() && alone.matched() && alone.score() <= result.score()) {
            return Fate.OUTRANKED;
        }
        return Fate.UNMATCHED;
    }

    public static String corpusFile(String name) throws IOException {
        return Files.readString(CORPUS.resolve("collections").resolve(name + ".json"));
    }
}
