package dev.mockhost.rendering;

import java.nio.charset.Charset;
import java.util.List;

/**
 * An example's answer, compiled: status, header templates, body template and, when the body is constant, its bytes
 * encoded once at load.
 *
 * @param headerNames the answer's header names joined for {@code Access-Control-Expose-Headers}
 */
public record ResponseTemplate(int status, List<HeaderTemplate> headers, Template body, byte[] encodedBody,
                               Charset charset, String headerNames) {

    public ResponseTemplate {
        headers = List.copyOf(headers);
    }

    /** A header whose value may hold template parts. */
    public record HeaderTemplate(String name, Template value) {
    }
}
