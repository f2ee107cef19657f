package dev.mockhost.it;

import dev.mockhost.conformance.CorpusRoundTrip;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example of every corpus collection, over HTTP: its own saved request answers it, or, where Postman's rules
 * rank another example first, {@code x-mock-response-id} does. Identity is what a client sees: status and body.
 */
class CorpusRoundTripIT extends DeployedWar {

    private static final String PREFIX = "corpus-";

    @Test
    void everyCorpusExampleIsReachedOverHttp() throws Exception {
        List<CorpusRoundTrip.Served> collections = CorpusRoundTrip.collections();
        for (CorpusRoundTrip.Served served : collections) {
            Path environment = CorpusRoundTrip.CORPUS.resolve("environments/" + served.name() + ".json");
            if (Files.exists(environment)) {
                ItHome.write(ItHome.root().resolve("environments/" + PREFIX + served.name() + ".json"),
                        Files.readString(environment));
            }
            ItHome.write(ItHome.collection(PREFIX + served.name() + ".json"),
                    CorpusRoundTrip.corpusFile(served.name()));
        }
        http.await("api/status", Duration.ofSeconds(20), r -> collections.stream().allMatch(
                served -> StatusDocument.parse(r.body()).mock(PREFIX + served.name()).isPresent()));

        int answered = 0;
        int byId = 0;
        List<String> failures = new ArrayList<>();
        for (CorpusRoundTrip.Served served : collections) {
            for (CorpusRoundTrip.Trip trip : CorpusRoundTrip.trips(served)) {
                boolean outranked = trip.fate() == CorpusRoundTrip.Fate.OUTRANKED;
                HttpResponse<String> response = http.send(ExampleCall.of(http, PREFIX + served.name(),
                        trip.request(), outranked ? Map.of("x-mock-response-id", trip.example().id()) : Map.of()));
                String problem = mismatch(trip, response);
                if (problem != null) {
                    failures.add(served.name() + " / " + trip.example().name() + " " + trip.request().method() + " /"
                            + trip.request().pathAndQuery() + ": " + problem);
                } else if (outranked) {
                    byId++;
                } else {
                    answered++;
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        System.out.println("corpus round trip over HTTP: " + answered + " answered by their own request, " + byId
                + " by x-mock-response-id");
        assertEquals(1972, answered + byId, "the whole corpus was sent");
    }

    @AfterAll
    static void removeCorpus() throws Exception {
        try (var files = Files.list(ItHome.root().resolve("collections"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(PREFIX)).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Null when the answer is the example's own: its status and, when constant, its body. */
    private static String mismatch(CorpusRoundTrip.Trip trip, HttpResponse<String> response) {
        if (response.statusCode() != trip.example().code()) {
            return "status " + response.statusCode() + " instead of " + trip.example().code() + ": "
                    + abbreviate(response.body());
        }
        String expected = trip.example().body();
        boolean constant = !expected.contains("{{");
        boolean bodyAllowed = trip.example().code() != 204 && trip.example().code() != 304;
        if (constant && bodyAllowed && !expected.equals(response.body())) {
            return "another body: " + abbreviate(response.body());
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
