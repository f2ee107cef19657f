package dev.mockhost.rendering;

import dev.mockhost.collection.NameValue;

import java.util.List;

/** An answer ready to write: status, headers in order, body bytes. */
public record RenderedResponse(int status, List<NameValue> headers, byte[] body) {
}
