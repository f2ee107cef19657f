package dev.mockhost.web;

import dev.mockhost.matching.IncomingRequest;

/**
 * A call as {@link CallReader} read it: the values matching and rendering read, and the body's bytes as they came,
 * which a proxying mock forwards unchanged. {@code rawBody} is empty for a multipart body: the container consumed
 * it to split it into parts ({@link CallReader#bodyToForward} writes it again from them).
 */
record ReceivedCall(IncomingRequest call, byte[] rawBody) {
}
