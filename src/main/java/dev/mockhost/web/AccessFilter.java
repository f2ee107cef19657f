package dev.mockhost.web;

import dev.mockhost.access.AccessPolicy;
import dev.mockhost.access.Meter;
import dev.mockhost.access.UsageMeter;
import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import dev.mockhost.failure.ErrorBody;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.metrics.Metrics;
import dev.mockhost.metrics.MockhostMetrics;
import dev.mockhost.mock.MockDefinition;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Guards the mocks (spec section 5): a private mock needs an {@code x-api-key} allowed to view its collection (401
 * without a usable key, 403 without access), and every call is metered; over the monthly quota the answer is 429
 * with {@code Retry-After} and RateLimit headers, and the call is not counted. Runs after the CORS filter, so
 * preflights never need a key; checks the target the call is pinned to.
 */
public class AccessFilter extends HttpFilter {

    public static final String API_KEY = "x-api-key";

    /** The request attribute naming whose quota a let-through call counted against (a key, owner or ~anonymous). */
    public static final String BUCKET = "dev.mockhost.bucket";
    /** The name of the valid key the call sent, when it sent one: who a recording is audited under. */
    public static final String KEY_NAME = "dev.mockhost.keyName";

    @Inject
    SnapshotRepository repository;

    @Inject
    UsageMeter usage;

    @Inject
    Settings settings;

    @Inject
    Metrics metrics;

    private String mockDomain;
    private MockhostMetrics recorder;

    @Override
    public void init() {
        mockDomain = settings.get(Setting.MOCK_DOMAIN);
        recorder = metrics.recorder();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        MockTarget target;
        try {
            target = MockTarget.of(request, repository, mockDomain);
        } catch (Failure starting) {
            ErrorResponses.write(starting.body(), response);
            return;
        }
        if (target.mock() == null) {
            chain.doFilter(request, response);
            return;
        }
        ErrorBody guessing = KeyGuessing.refusal(usage.authFailures(), request, response);
        if (guessing != null) {
            ErrorResponses.write(guessing, response);
            return;
        }
        MockDefinition definition = target.mock().definition();
        AccessPolicy.Outcome outcome = usage.policy().check(new AccessPolicy.Target(definition.collection(),
                definition.isPrivate(), definition.owner()), request.getHeader(API_KEY), target.snapshot().keys());
        if (outcome.decision() != null && outcome.decision().limit() != null) {
            rateLimitHeaders(outcome.decision(), response);
        }
        ErrorBody refused = switch (outcome.verdict()) {
            case ALLOWED -> null;
            case NO_KEY -> ErrorBody.of(ErrorName.AUTHENTICATION, "The mock \"" + target.name() + "\" is private: "
                    + "send an API key with access to its collection in the x-api-key header").withHeader(API_KEY);
            case UNKNOWN_KEY -> ErrorBody.of(ErrorName.AUTHENTICATION, "The API key in x-api-key is not valid")
                    .withHeader(API_KEY);
            // the key's own name only: which collection the mock serves is for those who may see it
            case FORBIDDEN -> ErrorBody.of(ErrorName.FORBIDDEN, "The API key \"" + outcome.key().name()
                    + "\" may not call this mock").withHeader(API_KEY);
            case RATE_LIMITED -> {
                response.setHeader("Retry-After", Long.toString(outcome.retryAfterSeconds()));
                yield ErrorBody.of(ErrorName.RATE_LIMIT, "Rate limit reached: too many calls this minute for \""
                        + outcome.bucket() + "\"; retry in " + outcome.retryAfterSeconds() + " s");
            }
            case OVER_QUOTA -> {
                Meter.Decision decision = outcome.decision();
                response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
                yield ErrorBody.of(ErrorName.USAGE_LIMIT, "Usage limit reached. The monthly quota of "
                        + decision.limit() + " calls for \"" + outcome.bucket() + "\" is used up; it renews on "
                        + decision.period().end());
            }
        };
        if (outcome.verdict() == AccessPolicy.Verdict.UNKNOWN_KEY) {
            KeyGuessing.failed(usage.authFailures(), request);
        }
        if (refused == null) {
            request.setAttribute(BUCKET, outcome.bucket());
            if (outcome.key() != null) {
                request.setAttribute(KEY_NAME, outcome.key().name());
            }
            chain.doFilter(request, response);
        } else {
            recorder.called(target.mock().name(), refused.status(), caller(outcome));
            ErrorResponses.write(refused, response);
        }
    }

    /** Whom a refused call is counted for in the metrics: its bucket, else its key, else ~anonymous; no secret. */
    private static String caller(AccessPolicy.Outcome outcome) {
        if (outcome.bucket() != null) {
            return outcome.bucket();
        }
        return outcome.key() != null ? outcome.key().name() : Meter.ANONYMOUS;
    }

    /** The RateLimit header fields of the IETF httpapi draft: quota, what is left, seconds until it renews. */
    private static void rateLimitHeaders(Meter.Decision decision, HttpServletResponse response) {
        response.setHeader("RateLimit-Limit", Long.toString(decision.limit()));
        response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(decision.retryAfterSeconds()));
    }
}
