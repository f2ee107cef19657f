package dev.mockhost.mock;

import dev.mockhost.collection.Environment;
import dev.mockhost.collection.Example;
import dev.mockhost.collection.NameValue;
import dev.mockhost.collection.PostmanCollection;
import dev.mockhost.collection.RequestItem;
import dev.mockhost.matching.BodyPattern;
import dev.mockhost.matching.PathSegment;
import dev.mockhost.matching.RoutePath;
import dev.mockhost.matching.Route;
import dev.mockhost.matching.RouteIndex;
import dev.mockhost.matching.Text;
import dev.mockhost.rendering.ResponseCompiler;
import dev.mockhost.rendering.ResponseTemplate;
import dev.mockhost.rendering.VariableScope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compiles a collection, with its environment and mock settings, into a {@link CompiledMock}. */
public final class MockCompiler {

    public CompiledMock compile(MockDefinition definition, PostmanCollection collection, String collectionFile,
                                Environment environment) {
        return compile(definition, collection, collectionFile, null, environment);
    }

    /** {@code mockFile} is the mock file that defines the mock, null for a collection's implicit mock. */
    public CompiledMock compile(MockDefinition definition, PostmanCollection collection, String collectionFile,
                                String mockFile, Environment environment) {
        List<NameValue> environmentValues = environment == null ? List.of() : environment.values();
        ResponseCompiler responses = new ResponseCompiler();
        Map<Object, Object> shared = new HashMap<>();
        // the requests of one folder share its variables' list: one scope and one path compiler each
        Map<List<NameValue>, Scoped> scopes = new IdentityHashMap<>();
        List<Route<ResponseTemplate>> routes = new ArrayList<>(collection.exampleCount());
        for (RequestItem item : collection.requests()) {
            Scoped scoped = scopes.computeIfAbsent(item.folderVariables(), folderVariables -> {
                List<NameValue> variables = new ArrayList<>(collection.variables());
                variables.addAll(folderVariables);
                VariableScope scope = VariableScope.of(variables, environmentValues);
                return new Scoped(scope, new PathCompiler(scope, definition.matchWildcards()));
            });
            for (Example example : item.examples()) {
                routes.add(route(example, routes.size(), scoped.paths(), responses, scoped.scope(), shared));
            }
        }
        return new CompiledMock(definition, collection.name(), collectionFile, mockFile, RouteIndex.of(routes));
    }

    /** The variables of a folder (the environment's over the folders' over the collection's), compiled once. */
    private record Scoped(VariableScope scope, PathCompiler paths) {
    }

    /**
     * {@code shared} holds the values many examples of one mock have in common (query lists, header lists, body
     * patterns), each kept once.
     */
    private static Route<ResponseTemplate> route(Example example, int order, PathCompiler paths,
                                                 ResponseCompiler responses, VariableScope scope,
                                                 Map<Object, Object> shared) {
        RoutePath path = RoutePath.of(paths.compile(example.request().url().path()));
        ResponseTemplate answer = responses.compile(example, scope, captureNames(path));
        List<NameValue> headers = share(shared, resolved(example.request().headers(), scope));
        return new Route<>(example.id(), example.name(), example.code(), order, example.request().method(), path,
                share(shared, decoded(example.request().url().query(), scope)), headers,
                share(shared, BodyPattern.of(example.request().body(), headers)), answer);
    }

    @SuppressWarnings("unchecked")
    private static <V> V share(Map<Object, Object> shared, V value) {
        return (V) shared.computeIfAbsent(value, v -> v);
    }

    private static Set<String> captureNames(RoutePath path) {
        Set<String> names = new HashSet<>();
        for (PathSegment segment : path.segments()) {
            if (segment instanceof PathSegment.Wildcard wildcard) {
                names.add(wildcard.name());
            }
        }
        return names;
    }

    private static List<NameValue> decoded(List<NameValue> query, VariableScope scope) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<NameValue> decoded = new ArrayList<>(query.size());
        for (NameValue pair : query) {
            decoded.add(new NameValue(Text.percentDecode(scope.resolve(pair.name())),
                    Text.percentDecode(scope.resolve(pair.value()))));
        }
        return decoded;
    }

    private static List<NameValue> resolved(List<NameValue> headers, VariableScope scope) {
        if (headers.stream().noneMatch(header -> header.value().contains("{{"))) {
            return headers;
        }
        List<NameValue> resolved = new ArrayList<>(headers.size());
        for (NameValue header : headers) {
            resolved.add(new NameValue(header.name(), scope.resolve(header.value())));
        }
        return List.copyOf(resolved);
    }
}
