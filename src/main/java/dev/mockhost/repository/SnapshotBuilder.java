package dev.mockhost.repository;

import dev.mockhost.collection.Environment;
import dev.mockhost.collection.NameValue;
import dev.mockhost.collection.PostmanCollection;
import dev.mockhost.collection.Problem;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.Delay;
import dev.mockhost.mock.MockCompiler;
import dev.mockhost.mock.MockDefinition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds snapshots from the files' last good versions. A mock whose collection, environment and definition are
 * the same objects as in the previous build is reused, so a change to one file recompiles only what it touches.
 */
final class SnapshotBuilder {

    /** First path segments the application itself answers. */
    static final Set<String> RESERVED_NAMES = Set.of("api", "console");

    /** The collection variable that sets a mock's delay: milliseconds, or a range such as {@code 100-500}. */
    static final String DELAY_VARIABLE = "mockhost.delay";

    private final MockCompiler compiler = new MockCompiler();
    private final Clock clock;
    private Map<String, Compiled> previous = Map.of();
    private long generation;

    SnapshotBuilder(Clock clock) {
        this.clock = clock;
    }

    Snapshot build(FileSet<PostmanCollection> collections, FileSet<Environment> environments) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Map<String, Environment> environmentsByKey = new HashMap<>();
        for (SourceFile<Environment> file : environments.files()) {
            report(file, errors, warnings);
            if (file.value() != null && environmentsByKey.putIfAbsent(file.key(), file.value()) != null) {
                errors.add(Problem.ofFile(file.name(), "another environment file already has the name \""
                        + file.key() + "\"; this one is ignored"));
            }
        }
        Map<String, Compiled> compiled = new TreeMap<>();
        for (SourceFile<PostmanCollection> file : collections.files()) {
            report(file, errors, warnings);
            if (file.value() == null) {
                continue;
            }
            String name = file.key();
            if (RESERVED_NAMES.contains(name)) {
                errors.add(Problem.ofFile(file.name(), "\"" + name + "\" is reserved for Mockhost's own pages; "
                        + "rename the file"));
                continue;
            }
            if (compiled.containsKey(name)) {
                errors.add(Problem.ofFile(file.name(), "the mock name \"" + name + "\" is already served by "
                        + compiled.get(name).mock.collectionFile() + "; rename one of the files"));
                continue;
            }
            Environment environment = environmentsByKey.get(name);
            MockDefinition definition = MockDefinition.implicit(name, environment == null ? null : name,
                    delayOf(file, errors));
            compiled.put(name, compile(definition, file, environment));
        }
        previous = compiled;
        Map<String, CompiledMock> mocks = new HashMap<>();
        compiled.forEach((name, entry) -> mocks.put(name, entry.mock));
        return new Snapshot(++generation, clock.instant(), mocks, errors, warnings);
    }

    private Compiled compile(MockDefinition definition, SourceFile<PostmanCollection> file, Environment environment) {
        Compiled last = previous.get(definition.name());
        if (last != null && last.collection == file.value() && last.environment == environment
                && last.mock.definition().equals(definition) && last.mock.collectionFile().equals(file.name())) {
            return last;
        }
        return new Compiled(file.value(), environment,
                compiler.compile(definition, file.value(), file.name(), environment));
    }

    /** Until mock files exist, a collection variable carries the mock's delay. */
    private static Delay delayOf(SourceFile<PostmanCollection> file, List<Problem> errors) {
        for (NameValue variable : file.value().variables()) {
            if (variable.name().equals(DELAY_VARIABLE)) {
                try {
                    return Delay.parse(variable.value());
                } catch (IllegalArgumentException e) {
                    errors.add(Problem.ofFile(file.name(), "collection variable " + DELAY_VARIABLE + ": "
                            + e.getMessage() + "; served without delay"));
                }
            }
        }
        return Delay.NONE;
    }

    private static void report(SourceFile<?> file, List<Problem> errors, List<Problem> warnings) {
        if (file.error() != null) {
            errors.add(file.error());
        }
        warnings.addAll(file.warnings());
    }

    private record Compiled(PostmanCollection collection, Environment environment, CompiledMock mock) {
    }
}
