package dev.mockhost.mock;

import dev.mockhost.matching.RouteIndex;
import dev.mockhost.rendering.ResponseTemplate;

/**
 * A mock ready to answer: its definition, the collection's display name and file, the mock file that defines it
 * (null for the implicit public mock of a collection), and its examples indexed for matching.
 */
public record CompiledMock(MockDefinition definition, String collectionName, String collectionFile, String mockFile,
                           RouteIndex<ResponseTemplate> routes) {

    public boolean implicit() {
        return mockFile == null;
    }

    public String name() {
        return definition.name();
    }

    public int exampleCount() {
        return routes.size();
    }
}
