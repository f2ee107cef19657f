package dev.mockhost.rendering;

import dev.mockhost.matching.IncomingRequest;
import net.datafaker.Faker;

import java.util.Map;

/**
 * What a template may read while rendering one answer: the path captures, the call itself and a source of fake
 * data. Belongs to one call.
 */
public final class RenderContext {

    private final Map<String, String> captures;
    private final RequestData requestData;
    private final FakerPool fakers;
    private Faker faker;

    RenderContext(Map<String, String> captures, IncomingRequest request, FakerPool fakers) {
        this.captures = captures == null ? Map.of() : captures;
        this.requestData = new RequestData(request);
        this.fakers = fakers;
    }

    public Map<String, String> captures() {
        return captures;
    }

    RequestData requestData() {
        return requestData;
    }

    /** Borrows a Faker at the first dynamic value; {@link #release()} gives it back. */
    String dynamicValue(DynamicVariables.Generator generator) {
        if (faker == null) {
            faker = fakers.borrow();
        }
        return generator.value(faker);
    }

    void release() {
        if (faker != null) {
            fakers.giveBack(faker);
            faker = null;
        }
    }
}
