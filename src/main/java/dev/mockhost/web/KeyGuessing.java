package dev.mockhost.web;

import dev.mockhost.access.AuthFailures;
import dev.mockhost.failure.ErrorBody;
import dev.mockhost.failure.ErrorName;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.logging.Logger;

/**
 * The one rule against guessing keys, for the mocks and the API alike: an address that failed too many key checks
 * this minute gets 429 for every call that sends a key, until the minute is over. Calls without a key are not
 * affected; the log names the address, never what was sent.
 */
public final class KeyGuessing {

    private static final Logger LOG = Logger.getLogger(KeyGuessing.class.getName());

    private KeyGuessing() {
    }

    /** The refusal to send instead of checking the call's key, or null to go on. */
    public static ErrorBody refusal(AuthFailures failures, HttpServletRequest request, HttpServletResponse response) {
        String secret = request.getHeader(AccessFilter.API_KEY);
        if (secret == null || secret.isBlank()) {
            return null;
        }
        long seconds = failures.blockedSeconds(request.getRemoteAddr());
        if (seconds == 0) {
            return null;
        }
        response.setHeader("Retry-After", Long.toString(seconds));
        return ErrorBody.of(ErrorName.AUTH_RATE_LIMIT, "Too many failed API key checks from this address; retry in "
                + seconds + " s").withHeader(AccessFilter.API_KEY);
    }

    /** Counts a key that did not check out. */
    public static void failed(AuthFailures failures, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (failures.failed(address)) {
            LOG.warning(() -> "too many failed API key checks from " + address + " this minute; its calls with a "
                    + "key get 429 authRateLimitError until the next minute");
        }
    }
}
