package dev.mockhost.rendering;

import dev.mockhost.collection.NameValue;

import java.util.ArrayList;
import java.util.List;

/** Renders a compiled answer for one call; a constant body is served from its pre-encoded bytes. */
public final class Renderer {

    public RenderedResponse render(ResponseTemplate template, RenderContext context) {
        List<NameValue> headers = new ArrayList<>(template.headers().size());
        for (ResponseTemplate.HeaderTemplate header : template.headers()) {
            headers.add(new NameValue(header.name(), header.value().render(context)));
        }
        byte[] body = template.encodedBody() != null ? template.encodedBody()
                : template.body().render(context).getBytes(template.charset());
        return new RenderedResponse(template.status(), headers, body);
    }
}
