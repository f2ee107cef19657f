package dev.mockhost.mock;

import dev.mockhost.matching.RouteIndex;
import dev.mockhost.rendering.ResponseTemplate;

/**
 * A mock ready to answer: its definition, the collection's display name and file, and its examples indexed for
 * matching.
 */
public record CompiledMock(MockDefinition definition, String collectionName, String collectionFile,
                           RouteIndex<ResponseTemplate> routes) {

    public String name() {
        return definition.name();
    }

    public int exampleCount() {
        return routes.size();
    }
}
