package dev.mockhost.rendering;

import dev.mockhost.matching.IncomingRequest;

import java.util.Map;

/** What a template may read while rendering one answer: the path captures and the call itself. */
public record RenderContext(Map<String, String> captures, IncomingRequest request) {

    public RenderContext {
        captures = captures == null ? Map.of() : captures;
    }
}
