package dev.mockhost.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "plain | plain", "a%20b | a b", "%C3%A9t%C3%A9 | été", "100% | 100%", "%zz | %zz", "a+b | a+b",
            "%2F | /", "%e2%82%ac | €",
    })
    void percentDecodes(String encoded, String decoded) {
        assertEquals(decoded, Text.percentDecode(encoded));
    }
}
