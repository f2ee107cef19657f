package dev.mockhost.mock;

import dev.mockhost.matching.MatchSettings;

import java.util.List;

/**
 * A mock: which collection it serves under which name, with which environment and settings, for whom. A collection
 * without a mock file is served by an implicit public definition named after its file.
 *
 * @param collection  the collection's key (its file name without {@code .json})
 * @param environment the environment's key, or null for none
 * @param owner       the name of the key whose quota calls without a key count against, or null
 * @param serverResponses saved error answers
 * @param serverResponseId the id of the server response that answers every call, or null
 * @param proxy       the upstream that answers calls no example matches, or null
 */
public record MockDefinition(String name, String collection, String environment, boolean isPrivate, String owner,
                             MatchSettings match, boolean matchWildcards, Delay delay,
                             List<ServerResponse> serverResponses, String serverResponseId,
                             ProxyConfig proxy) {

    public MockDefinition {
        serverResponses = List.copyOf(serverResponses);
    }

    public static MockDefinition implicit(String collection, String environment, Delay delay) {
        return new MockDefinition(collection, collection, environment, false, null, MatchSettings.DEFAULT, true,
                delay, List.of(), null, null);
    }

    /** The server response answering every call, or null. */
    public ServerResponse activeServerResponse() {
        if (serverResponseId == null) {
            return null;
        }
        return serverResponses.stream().filter(r -> r.id().equals(serverResponseId)).findFirst().orElse(null);
    }
}
