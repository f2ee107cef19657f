package dev.mockhost.rendering;

import dev.mockhost.collection.NameValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateTest {

    private static final VariableScope SCOPE = VariableScope.of(
            List.of(new NameValue("name", "collection"), new NameValue("only", "from collection"),
                    new NameValue("nested", "<{{only}}>"), new NameValue("loop", "{{loop}}")),
            List.of(new NameValue("name", "environment"), new NameValue("id", "env-id")));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{{name}}                  | environment",
            "{{only}}                  | from collection",
            "a {{nested}} b            | a <from collection> b",
            "{{unknown}} stays         | {{unknown}} stays",
            "{{userId}}                | 42",
            "{{id}}                    | env-id",
            "unclosed {{name           | unclosed {{name",
            "{{$noSuchVariable}} stays | {{$noSuchVariable}} stays",
            "no template               | no template",
    })
    void rendersInPostmansOrder(String source, String expected) {
        Template template = Template.compile(source, SCOPE, Set.of("userId", "id"));
        assertEquals(expected, template.render(new Renderer().context(Map.of("userId", "42", "id", "path-id"), null)));
    }

    @Test
    void environmentAndCollectionVariablesMakeAConstant() {
        Template template = Template.compile("{\"name\": \"{{name}}\"}", SCOPE, Set.of());
        assertTrue(template.isConstant());
        assertEquals("{\"name\": \"environment\"}", template.constantText());
    }

    @Test
    void capturesAreNotConstant() {
        assertFalse(Template.compile("{{userId}}", SCOPE, Set.of("userId")).isConstant());
    }

    @Test
    void selfReferenceStopsAtTheNestingLimit() {
        String rendered = Template.compile("{{loop}}", SCOPE, Set.of()).render(new Renderer().context(Map.of(), null));
        assertEquals("{{loop}}", rendered);
    }
}
