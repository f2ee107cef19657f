package dev.mockhost.bench;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.KeyRing;
import dev.mockhost.access.Role;
import dev.mockhost.access.Secrets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Checking a presented key against 10 and 10,000 keys: found by its hash, so both cost the same. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class KeyRingBenchmark {

    @Param({"10", "10000"})
    public int keys;

    private KeyRing ring;
    private String secret;

    @Setup
    public void keys() {
        List<ApiKey> all = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            all.add(new ApiKey("k" + i, Secrets.sha256("mh_secret-" + i), Role.VIEWER, Map.of(), null));
        }
        ring = new KeyRing(all);
        secret = "mh_secret-" + keys / 2;
    }

    @Benchmark
    public ApiKey authenticate() {
        return ring.authenticate(secret);
    }
}
