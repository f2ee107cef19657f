package dev.mockhost.bench;

import dev.mockhost.collection.Example;
import dev.mockhost.collection.NameValue;
import dev.mockhost.collection.RequestBody;
import dev.mockhost.collection.RequestUrl;
import dev.mockhost.collection.SavedRequest;
import dev.mockhost.rendering.RenderedResponse;
import dev.mockhost.rendering.Renderer;
import dev.mockhost.rendering.ResponseCompiler;
import dev.mockhost.rendering.ResponseTemplate;
import dev.mockhost.rendering.VariableScope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Rendering a 4 KB JSON answer: a constant one (served from bytes encoded at load), one with a path capture, and
 * one with dynamic variables.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RenderingBenchmark {

    private final Renderer renderer = new Renderer();
    private ResponseTemplate constant;
    private ResponseTemplate captured;
    private ResponseTemplate dynamic;

    @Setup
    public void compile() {
        String filler = "{\"item\": \"" + "x".repeat(100) + "\"}, ";
        String body = "[" + filler.repeat(35) + "{\"id\": \"%s\"}]";
        ResponseCompiler compiler = new ResponseCompiler();
        constant = compiler.compile(example(body.formatted("7")), VariableScope.EMPTY, Set.of());
        captured = compiler.compile(example(body.formatted("{{id}}")), VariableScope.EMPTY, Set.of("id"));
        dynamic = compiler.compile(example(body.formatted("{{$guid}} {{$randomFullName}}")), VariableScope.EMPTY,
                Set.of());
    }

    @Benchmark
    public RenderedResponse constantBody() {
        return renderer.render(constant, renderer.context(Map.of(), null));
    }

    @Benchmark
    public RenderedResponse capturedSegment() {
        return renderer.render(captured, renderer.context(Map.of("id", "7"), null));
    }

    @Benchmark
    public RenderedResponse dynamicVariables() {
        return renderer.render(dynamic, renderer.context(Map.of(), null));
    }

    private static Example example(String body) {
        return new Example("id", "e", new SavedRequest("GET", RequestUrl.EMPTY, List.of(), RequestBody.NONE), 200,
                "OK", List.of(new NameValue("Content-Type", "application/json")), body, "json", 1);
    }
}
