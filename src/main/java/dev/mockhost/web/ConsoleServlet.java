package dev.mockhost.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the console's files from the WAR's {@code /console/} folder. Its own servlet, because containers'
 * default servlets disagree on what path they serve under a path mapping (Tomcat the whole path, Undertow only the
 * part past the mapping). {@code /console} and {@code /console/} lead to the page.
 */
public class ConsoleServlet extends HttpServlet {

    private static final String FOLDER = "/console";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8", "css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8", "png", "image/png", "svg", "image/svg+xml");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response);
        String file = request.getPathInfo();
        if (file == null || file.equals("/")) {
            response.sendRedirect(request.getContextPath() + FOLDER + "/index.html");
            return;
        }
        if (file.contains("..") || file.indexOf('\\') >= 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = getServletContext().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String extension = file.substring(file.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }
}
