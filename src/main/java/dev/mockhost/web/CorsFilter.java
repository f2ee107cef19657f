package dev.mockhost.web;

import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import dev.mockhost.failure.ErrorBody;
import dev.mockhost.failure.ErrorName;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Lets browser apps on other origins call the mocks (spec section 6), and owns every CORS rule: preflights (OPTIONS
 * with {@code Access-Control-Request-Method}) are answered here, 204, before any key check or metering; every other
 * answer gets {@code Access-Control-Allow-Origin} and {@code Vary: Origin}, and a browser's answer is wrapped so that
 * an example's own CORS headers win and its headers are exposed ({@link CorsResponse}). Declared first in web.xml.
 */
public class CorsFilter extends HttpFilter {

    static final String ORIGIN = "Origin";
    static final String REQUEST_METHOD = "Access-Control-Request-Method";
    static final String REQUEST_HEADERS = "Access-Control-Request-Headers";

    @Inject
    Settings settings;

    private CorsPolicy policy;

    @Override
    public void init() {
        policy = new CorsPolicy(settings.get(Setting.CORS_ALLOWED_ORIGINS),
                settings.getBoolean(Setting.CORS_ALLOW_CREDENTIALS), settings.getLong(Setting.CORS_MAX_AGE_SECONDS));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader(ORIGIN);
        String requestedMethod = request.getHeader(REQUEST_METHOD);
        response.addHeader("Vary", ORIGIN);
        if (origin != null && requestedMethod != null && "OPTIONS".equals(request.getMethod())) {
            preflight(origin, requestedMethod, request, response);
            return;
        }
        if (origin == null) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            chain.doFilter(request, new CorsResponse(response, false));
            return;
        }
        if (policy.allows(origin)) {
            response.setHeader("Access-Control-Allow-Origin", policy.allowOrigin(origin));
            if (policy.credentials()) {
                response.setHeader("Access-Control-Allow-Credentials", "true");
            }
        }
        chain.doFilter(request, new CorsResponse(response, true));
    }

    private void preflight(String origin, String method, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!policy.allows(origin)) {
            ErrorResponses.write(ErrorBody.of(ErrorName.CORS_ORIGIN_NOT_ALLOWED, "The origin " + origin
                    + " may not call this server; see the setting mockhost.cors.allowedOrigins").withHeader(ORIGIN),
                    response);
            return;
        }
        response.addHeader("Vary", REQUEST_METHOD + ", " + REQUEST_HEADERS);
        response.setHeader("Access-Control-Allow-Origin", policy.allowOrigin(origin));
        if (policy.credentials()) {
            response.setHeader("Access-Control-Allow-Credentials", "true");
        }
        response.setHeader("Access-Control-Allow-Methods", policy.allowMethods(method));
        response.setHeader("Access-Control-Allow-Headers", policy.allowHeaders(request.getHeader(REQUEST_HEADERS)));
        response.setHeader("Access-Control-Max-Age", Long.toString(policy.maxAgeSeconds()));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
