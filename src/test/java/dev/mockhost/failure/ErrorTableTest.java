package dev.mockhost.failure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** README's error table is the code's: the same names, statuses and reasons, in the same order. */
class ErrorTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+Error)` \\| (\\d{3}) \\| (.+) \\|$",
            Pattern.MULTILINE);

    @Test
    void readmeListsEveryErrorAsTheCodeDoes() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher rows = ROW.matcher(readme);
        StringBuilder documented = new StringBuilder();
        while (rows.find()) {
            documented.append(rows.group(1)).append(' ').append(rows.group(2)).append(' ').append(rows.group(3))
                    .append('\n');
        }
        StringBuilder code = new StringBuilder();
        for (ErrorName name : ErrorName.values()) {
            code.append(name.label()).append(' ').append(name.status()).append(' ').append(name.when()).append('\n');
        }
        assertEquals(code.toString(), documented.toString());
    }

    @Test
    void everyNameEndsInErrorAndIsUsedOnce() {
        List<String> labels = Arrays.stream(ErrorName.values()).map(ErrorName::label).toList();
        labels.forEach(label -> assertEquals(true, label.endsWith("Error"), label));
        assertEquals(labels.size(), new HashSet<>(labels).size());
    }
}
