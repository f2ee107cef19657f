package dev.mockhost.web;

import dev.mockhost.failure.ErrorBody;
import dev.mockhost.failure.ErrorName;
import jakarta.servlet.ServletException;
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

    /**
     * Files are only read: any other method is 405 with the JSON error, where HttpServlet would answer 501 to a
     * method it does not know (PATCH, a made-up one) as if the server had failed.
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            super.service(request, response);
            return;
        }
        SecurityHeaders.apply(response);
        response.setHeader("Allow", "GET, HEAD");
        ErrorResponses.write(ErrorBody.of(ErrorName.METHOD_NOT_ALLOWED, "The console's files answer GET and HEAD, not "
                + method), response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response);
        String file = request.getPathInfo();
        if (file == null || file.equals("/")) {
            response.sendRedirect(request.getContextPath() + FOLDER + "/index.html");
            return;
        }
        try (InputStream in = file.contains("..") || file.indexOf('\\') >= 0 ? null
                : getServletContext().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                // the JSON error every other answer of this server gives, not the container's error page
                ErrorResponses.write(ErrorBody.of(ErrorName.ROUTE_NOT_FOUND, "The console has no such file; its "
                        + "page is " + request.getContextPath() + FOLDER + "/index.html"), response);
                return;
            }
            String extension = file.substring(file.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }
}
