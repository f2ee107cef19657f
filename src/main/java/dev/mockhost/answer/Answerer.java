package dev.mockhost.answer;

import dev.mockhost.failure.ErrorBody;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.matching.Explanation;
import dev.mockhost.matching.IncomingRequest;
import dev.mockhost.matching.InvalidDirectiveException;
import dev.mockhost.matching.MatchDirectives;
import dev.mockhost.matching.MatchResult;
import dev.mockhost.matching.MatchSettings;
import dev.mockhost.matching.Matcher;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.Delay;
import dev.mockhost.mock.ServerResponse;
import dev.mockhost.rendering.Renderer;
import dev.mockhost.rendering.ResponseTemplate;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way a mock answers a call, in Postman's order: the mock's active server response, else the best-matching
 * example rendered for the call, else the error that says why not; then the delay (the call's
 * {@code x-mock-response-delay}, else the mock's), for answers that are examples or server responses. The servlet,
 * the conformance table and the corpus round trip all answer through it.
 */
public final class Answerer {

    /** The request header that asks for the explanation in the answer. */
    public static final String EXPLAIN = "x-mock-explain";

    /** The response header that carries it. */
    public static final String EXPLANATION = "x-mock-explanation";

    /** Long enough for three near misses; short enough for any proxy's header limit. */
    static final int EXPLANATION_LENGTH = 2000;

    private final Matcher matcher = new Matcher();
    private final Renderer renderer = new Renderer();
    private final AnswerTimings timings;

    public Answerer() {
        this(AnswerTimings.NONE);
    }

    /** An answerer that reports how long each call's matching and rendering took. */
    public Answerer(AnswerTimings timings) {
        this.timings = timings;
    }

    public Outcome answer(CompiledMock mock, IncomingRequest call) {
        boolean explain = "true".equalsIgnoreCase(blankToEmpty(call.header(EXPLAIN)));
        try {
            Outcome outcome = decide(mock, call, explain);
            if (explain && outcome.explanation() != null) {
                return new Outcome(outcome.answer().withHeader(EXPLANATION, outcome.explanation()
                        .line(EXPLANATION_LENGTH)), outcome.explanation(), outcome.step(), outcome.score(),
                        outcome.delayMillis());
            }
            return outcome;
        } catch (Failure failure) {
            return failed(failure);
        }
    }

    /** A call that cannot be answered at all (its body too large to match, say). */
    public static Outcome failed(Failure failure) {
        return Outcome.of(Answer.error(failure.body()));
    }

    private Outcome decide(CompiledMock mock, IncomingRequest call, boolean explain) {
        MatchSettings settings = mock.definition().match();
        MatchDirectives directives;
        try {
            directives = MatchDirectives.from(call.headers(), settings);
        } catch (InvalidDirectiveException e) {
            throw Failure.of(ErrorName.INVALID_HEADER, e.getMessage()).header(e.header());
        }
        long delay = delay(mock, call); // checked before anything, as every x-mock-* header is
        ServerResponse serverResponse = mock.definition().activeServerResponse();
        if (serverResponse != null) {
            Explanation why = explain ? new Explanation("answered by the mock's active server response \""
                    + serverResponse.name() + "\"", null, List.of()) : null;
            return new Outcome(Answer.serverResponse(serverResponse), why, null, 0, delay);
        }
        long matching = System.nanoTime();
        MatchResult<ResponseTemplate> result = matcher.match(mock.routes(), call, directives, settings);
        timings.matched(mock.name(), System.nanoTime() - matching, result.matched());
        Explanation why = explain || !result.matched()
                ? matcher.explain(mock.routes(), call, directives, settings, result) : null;
        return switch (result.outcome()) {
            case MATCHED -> {
                long rendering = System.nanoTime();
                var rendered = renderer.render(result.route().answer(), renderer.context(result.captures(), call));
                timings.rendered(mock.name(), System.nanoTime() - rendering);
                yield new Outcome(Answer.example(rendered, result.route().id(), result.route().name()), why,
                        result.pathStep().description(), result.score(), delay);
            }
            case NO_MATCH -> new Outcome(Answer.noMatch(), why, null, 0, 0);
            case UNKNOWN_RESPONSE_ID -> new Outcome(Answer.error(ErrorBody.of(ErrorName.MOCK_RESPONSE_NOT_FOUND,
                    "No example of this mock has the id \"" + directives.responseId() + "\" for " + call.method())
                    .withHeader(MatchDirectives.RESPONSE_ID)), why, null, 0, 0);
            case UNKNOWN_RESPONSE_NAME -> new Outcome(Answer.error(ErrorBody.of(ErrorName.MOCK_RESPONSE_NOT_FOUND,
                    "No example of this mock is named \"" + directives.responseName() + "\" for " + call.method())
                    .withHeader(MatchDirectives.RESPONSE_NAME)), why, null, 0, 0);
        };
    }

    private static long delay(CompiledMock mock, IncomingRequest call) {
        return mock.definition().delay().forCall(call.header(Delay.HEADER), ThreadLocalRandom.current());
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
