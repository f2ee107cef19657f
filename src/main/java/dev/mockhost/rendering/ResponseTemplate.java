package dev.mockhost.rendering;

import java.nio.charset.Charset;
import java.util.List;

/**
 * An example's answer, compiled: status, header templates and either the body's bytes, encoded once at load when
 * the body is constant, or its template ({@code body} is null when {@code encodedBody} is set).
 */
public record ResponseTemplate(int status, List<HeaderTemplate> headers, Template body, byte[] encodedBody,
                               Charset charset) {

    public ResponseTemplate {
        headers = List.copyOf(headers);
    }

    /** A header whose value may hold template parts. */
    public record HeaderTemplate(String name, Template value) {
    }
}
