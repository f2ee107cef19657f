package dev.mockhost.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An answer as CORS wants it: a CORS header an example saved replaces the filter's instead of being added beside
 * it; and, for a browser's call (one with an {@code Origin}), the answer's own headers are named in
 * {@code Access-Control-Expose-Headers} when its body starts, so scripts on other origins can read them.
 */
final class CorsResponse extends HttpServletResponseWrapper {

    private static final String EXPOSE = "Access-Control-Expose-Headers";

    /** Null when the call is no browser's: nothing to expose. */
    private final Set<String> names;
    private boolean exposed;

    CorsResponse(HttpServletResponse response, boolean fromBrowser) {
        super(response);
        this.names = fromBrowser ? new LinkedHashSet<>() : null;
    }

    @Override
    public void addHeader(String name, String value) {
        if (CorsPolicy.isCorsHeader(name)) {
            super.setHeader(name, value);
            return;
        }
        if (names != null) {
            names.add(name);
        }
        super.addHeader(name, value);
    }

    @Override
    public void setHeader(String name, String value) {
        if (names != null && !CorsPolicy.isCorsHeader(name)) {
            names.add(name);
        }
        super.setHeader(name, value);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        expose();
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        expose();
        return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
        expose();
        super.flushBuffer();
    }

    private void expose() {
        if (names != null && !exposed && !names.isEmpty() && !isCommitted() && getHeader(EXPOSE) == null) {
            super.setHeader(EXPOSE, String.join(", ", names));
        }
        exposed = true;
    }
}
