package dev.mockhost.rendering;

import dev.mockhost.collection.NameValue;
import dev.mockhost.matching.IncomingRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a compiled answer for one call; a constant body is served from its pre-encoded bytes. */
public final class Renderer {

    private final FakerPool fakers = new FakerPool();

    public RenderContext context(Map<String, String> captures, IncomingRequest request) {
        return new RenderContext(captures, request, fakers);
    }

    public RenderedResponse render(ResponseTemplate template, RenderContext context) {
        try {
            return renderWith(template, context);
        } finally {
            context.release();
        }
    }

    private RenderedResponse renderWith(ResponseTemplate template, RenderContext context) {
        List<NameValue> headers = new ArrayList<>(template.headers().size());
        for (ResponseTemplate.HeaderTemplate header : template.headers()) {
            headers.add(new NameValue(header.name(), header.value().render(context)));
        }
        byte[] body = template.encodedBody() != null ? template.encodedBody()
                : template.body().render(context).getBytes(template.charset());
        return new RenderedResponse(template.status(), headers, body);
    }
}
