package dev.mockhost.rendering;

import dev.mockhost.matching.IncomingRequest;
import net.datafaker.Faker;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What a template may read while rendering one answer: the path captures, the call itself and a source of fake
 * data. Belongs to one call.
 */
public final class RenderContext {

    private final Map<String, String> captures;
    private final RequestData requestData;
    private final Supplier<Faker> faker;

    public RenderContext(Map<String, String> captures, IncomingRequest request, Supplier<Faker> faker) {
        this.captures = captures == null ? Map.of() : captures;
        this.requestData = new RequestData(request);
        this.faker = faker;
    }

    public Map<String, String> captures() {
        return captures;
    }

    RequestData requestData() {
        return requestData;
    }

    String dynamicValue(DynamicVariables.Generator generator) {
        return generator.value(faker.get());
    }
}
