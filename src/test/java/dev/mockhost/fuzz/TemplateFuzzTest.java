package dev.mockhost.fuzz;

import dev.mockhost.collection.NameValue;
import dev.mockhost.matching.HeaderLookup;
import dev.mockhost.matching.IncomingRequest;
import dev.mockhost.rendering.Renderer;
import dev.mockhost.rendering.Template;
import dev.mockhost.rendering.VariableScope;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random templates and requests for the template engine: unterminated {@code {{}, stray quotes and backslashes,
 * helpers with odd arguments, bodies that are almost JSON, variables that refer to each other. Compiling and
 * rendering always finish with text, never an exception or a hang.
 */
class TemplateFuzzTest {

    private static final String[] FRAGMENTS = {"{{", "}}", "{", "}", "$", "$body", "$headers", "$queryParams",
            "$pathSegments", "$guid", "$randomInt", "$randomLoremParagraphs", "$nope", " ", "'", "\"", "\\", "\\.",
            ".", "0", "-1", "99999999999", "a", "user.name", "id", "x-trace", "é", "\u0000", "\n", "{{a}}", "{{b}}",
            "{{id}}"};
    private static final String[] BODIES = {"", "{}", "{\"user\": {\"name\": \"x\"}}", "[1, 2", "not json",
            "{\"a\": [[[[[[1]]]]]]}", "\"str\"", "1e999999999", "{\"a.b\": {\"c\": null}}"};

    private final Renderer renderer = new Renderer();

    @Test
    void randomTemplatesAlwaysRender() {
        Random random = new Random(Long.getLong("mockhost.fuzz.seed", 20261125L));
        VariableScope scope = VariableScope.of(List.of(new NameValue("a", "{{b}}"), new NameValue("b", "{{a}}x")),
                List.of(new NameValue("c", "{{$guid}}")));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 20_000; i++) {
                String source = template(random);
                Template template = Template.compile(source, scope, Set.of("id"));
                String rendered = template.render(renderer.context(Map.of("id", "7"), request(random)));
                assertNotNull(rendered, source);
            }
        });
    }

    @Test
    void mutuallyReferringVariablesDoNotExplode() {
        List<NameValue> variables = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            variables.add(new NameValue("v" + i, ("{{v" + (i + 1) + "}}").repeat(50)));
        }
        VariableScope scope = VariableScope.of(variables, List.of());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String resolved = scope.resolve("{{v0}}");
            Template template = Template.compile("{{v0}}", scope, Set.of());
            assertTrue(resolved.length() <= 2_000_000, "bounded: " + resolved.length());
            assertTrue(template.render(renderer.context(Map.of(), null)).length() <= 2_000_000);
        });
    }

    @Test
    void hugeAndUnterminatedTemplatesAreLinear() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String open = "{{".repeat(1_000_000);
            assertTrue(Template.compile(open, VariableScope.EMPTY, Set.of()).isConstant());
            String many = "{{$guid}}".repeat(100_000);
            assertTrue(Template.compile(many, VariableScope.EMPTY, Set.of()).render(renderer.context(Map.of(),
                    null)).length() == 3_600_000);
        });
    }

    private static String template(Random random) {
        StringBuilder out = new StringBuilder();
        int parts = random.nextInt(20);
        for (int i = 0; i < parts; i++) {
            out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return out.toString();
    }

    private static IncomingRequest request(Random random) {
        String body = BODIES[random.nextInt(BODIES.length)];
        HeaderLookup headers = name -> random.nextBoolean() ? null : "h";
        return IncomingRequest.of("POST", List.of("a", "b"), random.nextBoolean() ? "q=1&r" : "", headers, body,
                List.of());
    }
}
