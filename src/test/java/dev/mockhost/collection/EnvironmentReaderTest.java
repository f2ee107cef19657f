package dev.mockhost.collection;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnvironmentReaderTest {

    private final EnvironmentReader reader = new EnvironmentReader();

    @Test
    void readsEnabledValuesOnly() throws Exception {
        Environment environment = reader.read("environments/e.json", """
                {"id": "e", "name": "Dev", "values": [{"key": "a", "value": "1", "enabled": true},
                  {"key": "b", "value": "2", "enabled": false}, {"key": "c", "value": 3}]}
                """.getBytes(StandardCharsets.UTF_8)).value();
        assertEquals("Dev", environment.name());
        assertEquals(List.of(new NameValue("a", "1"), new NameValue("c", "3")), environment.values());
    }

    @Test
    void collectionInTheEnvironmentsFolderIsAClearError() {
        InvalidFileException error = assertThrows(InvalidFileException.class, () -> reader.read("environments/e.json",
                "{\"info\": {}, \"item\": []}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(error.problem().message().contains("collection"), error.getMessage());
    }

    @Test
    void missingValuesIsAClearError() {
        InvalidFileException error = assertThrows(InvalidFileException.class, () -> reader.read("environments/e.json",
                "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(error.problem().message().contains("\"values\""), error.getMessage());
    }
}
