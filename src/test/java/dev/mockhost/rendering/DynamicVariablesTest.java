package dev.mockhost.rendering;

import net.datafaker.Faker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DynamicVariablesTest {

    private final Faker faker = new Faker();

    static Stream<String> names() {
        return DynamicVariables.names().stream().sorted();
    }

    @Test
    void postmansWholeListIsThere() {
        // postman-collection's lib/superstring/dynamic-variables.js lists 118 names
        assertEquals(118, DynamicVariables.names().size());
    }

    @ParameterizedTest(name = "${0}")
    @MethodSource("names")
    void everyVariableGivesAValue(String name) {
        String value = DynamicVariables.generator(name).value(faker);
        assertNotNull(value);
        assertFalse(value.isBlank(), name);
        assertFalse(value.contains("{{") || value.contains("#{"), name + " leaked a placeholder: " + value);
    }

    @ParameterizedTest(name = "${0} ~ {1}")
    @CsvSource(delimiter = '!', value = {
            "guid ! [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
            "randomUUID ! [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
            "timestamp ! \\d{10}",
            "isoTimestamp ! \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z",
            "randomInt ! \\d{1,3}|1000",
            "randomBoolean ! true|false",
            "randomHexColor ! #[0-9a-f]{6}",
            "randomIP ! \\d{1,3}(\\.\\d{1,3}){3}",
            "randomEmail ! [^@\\s]+@[^@\\s]+\\.[a-z]+",
            "randomBankAccount ! \\d{8}",
            "randomSemver ! \\d\\.\\d\\.\\d",
            "randomPrice ! \\d{1,3}\\.\\d\\d",
    })
    void formatsFollowPostman(String name, String pattern) {
        for (int i = 0; i < 20; i++) {
            String value = DynamicVariables.generator(name).value(faker);
            assertTrue(value.matches(pattern), name + ": " + value);
        }
    }

    @Test
    void valuesAreFreshOnEveryCall() {
        Set<String> guids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            guids.add(DynamicVariables.generator("guid").value(faker));
            names.add(DynamicVariables.generator("randomFullName").value(faker));
        }
        assertEquals(50, guids.size());
        assertTrue(names.size() > 40, names.toString());
    }

    @Test
    void unknownNamesHaveNoGenerator() {
        assertEquals(null, DynamicVariables.generator("randomNothing"));
    }

    @Test
    void templatesRenderDynamicVariablesFreshEachTime() {
        Template template = Template.compile("{{$randomUUID}}/{{$randomFirstName}}", VariableScope.EMPTY, Set.of());
        Renderer renderer = new Renderer();
        String first = template.render(renderer.context(Map.of(), null));
        String second = template.render(renderer.context(Map.of(), null));
        assertTrue(first.matches("[0-9a-f-]{36}/[A-Za-z' -]+"), first);
        assertFalse(first.equals(second));
    }
}
