package dev.mockhost.web.api;

import dev.mockhost.web.ErrorBody;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One API call: the request, its path parameters, and ways to answer in JSON. */
public record ApiExchange(HttpServletRequest request, HttpServletResponse response, Map<String, String> parameters,
                          Jsonb jsonb) {

    public String parameter(String name) {
        return parameters.get(name);
    }

    public void json(int status, Object body) throws IOException {
        byte[] bytes = jsonb.toJson(body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json; charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    public void error(ErrorBody error) throws IOException {
        error.writeTo(response);
    }

    /** {@code http://host:port/context}, or the configured public base URL. */
    public String baseUrl(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
    }
}
