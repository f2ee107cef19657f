package dev.mockhost.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers that keep the console and the API from being framed, sniffed or made to run a script they did not
 * ship. Not on mock answers: those are what the examples say, and a front end may frame or sniff them as it likes.
 */
public final class SecurityHeaders {

    /** Scripts and styles from the console's own files only: no inline script, so saved text can never run. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
    }
}
