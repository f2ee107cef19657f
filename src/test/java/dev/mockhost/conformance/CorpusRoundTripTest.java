package dev.mockhost.conformance;

import dev.mockhost.matching.MatchDirectives;
import dev.mockhost.matching.Matcher;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every corpus example, sent its own saved request, is answered or outranked by Postman's rules; none is lost. */
class CorpusRoundTripTest {

    @Test
    void everyExampleIsAnsweredOrOutrankedByPostmansRules() throws Exception {
        Map<CorpusRoundTrip.Fate, Integer> counts = new EnumMap<>(CorpusRoundTrip.Fate.class);
        List<String> unmatched = new ArrayList<>();
        for (CorpusRoundTrip.Served served : CorpusRoundTrip.collections()) {
            for (CorpusRoundTrip.Trip trip : CorpusRoundTrip.trips(served)) {
                counts.merge(trip.fate(), 1, Integer::sum);
                if (trip.fate() == CorpusRoundTrip.Fate.UNMATCHED) {
                    unmatched.add(trip.collection() + " / " + trip.example().name() + " "
                            + trip.request().method() + " /" + trip.request().pathAndQuery() + ": " + trip.detail());
                }
            }
        }
        System.out.println("corpus round trip: " + counts);
        assertEquals(CORPUS_EXAMPLES, counts.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(unmatched.isEmpty(), unmatched.size() + " unmatched:\n" + String.join("\n", unmatched));
        assertEquals(ROUND_TRIP_ANSWERED, counts.getOrDefault(CorpusRoundTrip.Fate.ANSWERED, 0),
                "README states this count; update both");
    }

    @Test
    void everyOutrankedExampleAnswersItsIdHeader() throws Exception {
        Matcher matcher = new Matcher();
        int checked = 0;
        for (CorpusRoundTrip.Served served : CorpusRoundTrip.collections()) {
            for (CorpusRoundTrip.Trip trip : CorpusRoundTrip.trips(served)) {
                if (trip.fate() != CorpusRoundTrip.Fate.OUTRANKED) {
                    continue;
                }
                var call = trip.request().incoming();
                var directives = new MatchDirectives(null, trip.example().id(), null, null, null);
                var result = matcher.match(served.mock().routes(), call, directives,
                        served.mock().definition().match());
                assertTrue(result.matched(), trip.collection() + " " + trip.example().name());
                assertEquals(trip.example().id(), result.route().id());
                checked++;
            }
        }
        assertEquals(CORPUS_EXAMPLES - ROUND_TRIP_ANSWERED, checked);
    }

    /** README: "N of M corpus examples answered by their own request". */
    static final int ROUND_TRIP_ANSWERED = 1025;
    static final int CORPUS_EXAMPLES = 1972;
}
