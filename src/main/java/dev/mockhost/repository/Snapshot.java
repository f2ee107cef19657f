package dev.mockhost.repository;

import dev.mockhost.access.KeyRing;
import dev.mockhost.collection.Environment;
import dev.mockhost.collection.PostmanCollection;
import dev.mockhost.collection.Problem;
import dev.mockhost.mock.CompiledMock;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything served at one moment, immutable: a request reads one snapshot from start to end, and a reload swaps
 * in a whole new one, so no request sees half of a change.
 *
 * @param keys     the API keys of keys/ and the bootstrap admin key
 * @param collections the last good version of every collection, by key (file name without .json)
 * @param environments the last good version of every environment, by key
 * @param errors   files that cannot be used now (their last good version, if any, is still among the mocks)
 * @param warnings parts of files that were left out (an example without a valid code, say)
 */
public record Snapshot(long generation, Instant loadedAt, Map<String, CompiledMock> mocks, KeyRing keys,
                       Map<String, PostmanCollection> collections, Map<String, Environment> environments,
                       List<Problem> errors, List<Problem> warnings) {

    public Snapshot {
        mocks = Map.copyOf(mocks);
        collections = Map.copyOf(collections);
        environments = Map.copyOf(environments);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public CompiledMock mock(String name) {
        return mocks.get(name);
    }
}
