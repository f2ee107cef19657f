package dev.mockhost.repository;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.KeyRing;
import dev.mockhost.collection.Environment;
import dev.mockhost.collection.HeapLimit;
import dev.mockhost.collection.PostmanCollection;
import dev.mockhost.collection.Problem;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.Delay;
import dev.mockhost.mock.MockCompiler;
import dev.mockhost.mock.MockDefinition;
import dev.mockhost.mock.MockFileReader;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds snapshots from the files' last good versions: mocks from {@code mocks/}, then an implicit public mock for
 * every collection no mock file serves, and the key ring. A mock whose collection, environment and definition are
 * the same objects as in the previous build is reused, so a change to one file recompiles only what it touches.
 */
final class SnapshotBuilder {

    /** First path segments the application itself answers. */
    static final Set<String> RESERVED_NAMES = Set.of("api", "console");

    /** The files of one build, each with its last good version. */
    record Sources(Collection<SourceFile<PostmanCollection>> collections,
                   Collection<SourceFile<Environment>> environments,
                   Collection<SourceFile<MockDefinition>> mocks, Collection<SourceFile<ApiKey>> keys,
                   List<ApiKey> extraKeys) {
    }

    private final MockCompiler compiler = new MockCompiler();
    private final Clock clock;
    private Map<String, Compiled> previous = Map.of();
    private long generation;

    SnapshotBuilder(Clock clock) {
        this.clock = clock;
    }

    Snapshot build(Sources sources) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Map<String, Environment> environments = byKey(sources.environments(), "environment", errors, warnings);
        Map<String, SourceFile<PostmanCollection>> collections = new TreeMap<>();
        for (SourceFile<PostmanCollection> file : sources.collections()) {
            report(file, errors, warnings);
            if (file.value() != null && collections.putIfAbsent(file.key(), file) != null) {
                errors.add(Problem.ofFile(file.name(), "another collection file already has the name \""
                        + file.key() + "\"; this one is ignored"));
            }
        }
        Map<String, Compiled> compiled = new TreeMap<>();
        Set<String> served = new HashSet<>();
        for (SourceFile<MockDefinition> file : sources.mocks()) {
            report(file, errors, warnings);
            MockDefinition definition = file.value();
            String collectionName = definition != null ? definition.collection() : collectionNamedIn(file);
            if (collectionName != null) {
                // even a mock file that cannot be served keeps its collection from turning public
                served.add(collectionName);
            }
            if (definition == null || !nameIsFree(definition.name(), file.name(), compiled, errors)) {
                continue;
            }
            SourceFile<PostmanCollection> collection = collections.get(definition.collection());
            if (collection == null) {
                errors.add(Problem.ofFile(file.name(), "serves the collection \"" + definition.collection()
                        + "\", which is not in collections/ (or cannot be read); the mock is not served"));
                continue;
            }
            Environment environment = definition.environment() == null ? null
                    : environments.get(definition.environment());
            if (definition.environment() != null && environment == null) {
                warnings.add(Problem.ofFile(file.name(), "the environment \"" + definition.environment()
                        + "\" is not in environments/; served without it"));
            }
            Compiled mock = compile(definition, collection, environment, file.name(), true, errors);
            if (mock != null) {
                compiled.put(definition.name(), mock);
            }
        }
        for (SourceFile<PostmanCollection> file : collections.values()) {
            if (served.contains(file.key()) || !nameIsFree(file.key(), file.name(), compiled, errors)) {
                continue;
            }
            Environment environment = environments.get(file.key());
            MockDefinition definition = MockDefinition.implicit(file.key(), environment == null ? null
                    : file.key(), delayOf(file, errors));
            Compiled mock = compile(definition, file, environment, file.name(), false, errors);
            if (mock != null) {
                compiled.put(file.key(), mock);
            }
        }
        previous = compiled;
        Map<String, CompiledMock> mocks = new HashMap<>();
        compiled.forEach((name, entry) -> mocks.put(name, entry.mock));
        Map<String, PostmanCollection> collectionValues = new HashMap<>();
        collections.forEach((key, file) -> collectionValues.put(key, file.value()));
        return new Snapshot(++generation, clock.instant(), mocks, keys(sources, errors, warnings), collectionValues,
                environments, errors, warnings);
    }

    /** The collection a broken, never-good mock file names, as far as it can be read; null when unknown. */
    private static String collectionNamedIn(SourceFile<MockDefinition> file) {
        try {
            return MockFileReader.collectionNamedIn(Files.readAllBytes(file.path()));
        } catch (IOException gone) {
            return null;
        }
    }

    private static KeyRing keys(Sources sources, List<Problem> errors, List<Problem> warnings) {
        List<ApiKey> keys = new ArrayList<>(sources.extraKeys());
        for (SourceFile<ApiKey> file : sources.keys()) {
            report(file, errors, warnings);
            if (file.value() != null) {
                keys.add(file.value());
            }
        }
        return new KeyRing(keys);
    }

    private static boolean nameIsFree(String name, String file, Map<String, Compiled> compiled,
                                      List<Problem> errors) {
        if (RESERVED_NAMES.contains(name)) {
            errors.add(Problem.ofFile(file, "\"" + name + "\" is reserved for Mockhost's own pages; rename the file"));
            return false;
        }
        if (compiled.containsKey(name)) {
            errors.add(Problem.ofFile(file, "the mock name \"" + name + "\" is already served by "
                    + compiled.get(name).source + "; rename one of the files"));
            return false;
        }
        return true;
    }

    private static <T> Map<String, T> byKey(Collection<SourceFile<T>> files, String what, List<Problem> errors,
                                            List<Problem> warnings) {
        Map<String, T> byKey = new HashMap<>();
        for (SourceFile<T> file : files) {
            report(file, errors, warnings);
            if (file.value() != null && byKey.putIfAbsent(file.key(), file.value()) != null) {
                errors.add(Problem.ofFile(file.name(), "another " + what + " file already has the name \""
                        + file.key() + "\"; this one is ignored"));
            }
        }
        return byKey;
    }

    /**
     * {@code source} is the file that defines the mock: its mock file, or its collection for an implicit one. A
     * mock that does not fit in the heap keeps its previous version (null when it has none) and is reported.
     */
    private Compiled compile(MockDefinition definition, SourceFile<PostmanCollection> file, Environment environment,
                             String source, boolean fromMockFile, List<Problem> errors) {
        Compiled last = previous.get(definition.name());
        if (last != null && last.collection == file.value() && last.environment == environment
                && last.mock.definition().equals(definition) && last.mock.collectionFile().equals(file.name())
                && last.source.equals(source)) {
            return last;
        }
        try {
            return new Compiled(file.value(), environment, compiler.compile(definition, file.value(), file.name(),
                    fromMockFile ? source : null, environment), source);
        } catch (OutOfMemoryError e) {
            errors.add(Problem.ofFile(file.name(), HeapLimit.describeCompiled(file.value().exampleCount())
                    + (last == null ? "" : "; its previous version stays served")));
            return last;
        }
    }

    /** Until mock files exist, a collection variable carries the mock's delay. */
    private static Delay delayOf(SourceFile<PostmanCollection> file, List<Problem> errors) {
        try {
            return Delay.fromVariables(file.value().variables());
        } catch (IllegalArgumentException e) {
            errors.add(Problem.ofFile(file.name(), "collection variable " + Delay.VARIABLE + ": " + e.getMessage()
                    + "; served without delay"));
            return Delay.NONE;
        }
    }

    private static void report(SourceFile<?> file, List<Problem> errors, List<Problem> warnings) {
        errors.addAll(file.errors());
        warnings.addAll(file.warnings());
    }

    private record Compiled(PostmanCollection collection, Environment environment, CompiledMock mock,
                            String source) {
    }
}
