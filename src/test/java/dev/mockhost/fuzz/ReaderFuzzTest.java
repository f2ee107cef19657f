package dev.mockhost.fuzz;

import dev.mockhost.collection.CollectionReader;
import dev.mockhost.collection.EnvironmentReader;
import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.Problem;
import dev.mockhost.collection.SharedValues;
import dev.mockhost.collection.V3FileReader;
import dev.mockhost.mock.Delay;
import dev.mockhost.mock.MockCompiler;
import dev.mockhost.mock.MockDefinition;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated and mutated input for the collection and environment readers: every input either reads (and compiles
 * into a mock) or is an {@link InvalidFileException} naming the file; nothing else escapes, nothing hangs. Seeded,
 * so a failure repeats; the seed is printed.
 */
class ReaderFuzzTest {

    private static final long SEED = Long.getLong("mockhost.fuzz.seed", 20261125L);
    private static final Duration BUDGET = Duration.ofSeconds(60);

    private final CollectionReader collections = new CollectionReader();
    private final EnvironmentReader environments = new EnvironmentReader();

    @Test
    void mutatedCorpusCollectionsReadOrFailCleanly() throws Exception {
        List<byte[]> seeds = corpusSeeds();
        Random random = new Random(SEED);
        System.out.println("reader fuzz seed " + SEED);
        assertTimeoutPreemptively(BUDGET, () -> {
            for (int i = 0; i < 3000; i++) {
                byte[] input = Mutations.mutate(seeds.get(random.nextInt(seeds.size())), random);
                readCollection(input, "mutation " + i);
                readEnvironment(input, "mutation " + i);
            }
        });
    }

    /** The files of v3 collections, mutated: each reads as its kind of file or is a clean error naming it. */
    @Test
    void mutatedV3FilesReadOrFailCleanly() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/corpus-v3"))) {
            files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        Random random = new Random(SEED + 2);
        V3FileReader v3 = new V3FileReader();
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(BUDGET, () -> {
            for (int i = 0; i < 3000; i++) {
                Path file = files.get(random.nextInt(files.size()));
                byte[] bytes = Files.readAllBytes(file);
                byte[] input = i % 5 == 0 ? bytes : Mutations.mutate(bytes, random);
                String name = file.getFileName().toString();
                String shown = "collections/fuzz/" + name;
                try {
                    if (name.endsWith(".request.yaml")) {
                        v3.request(shown, "stem", input, new SharedValues());
                    } else if (name.endsWith(".example.yaml")) {
                        v3.example(shown, "stem", input, new SharedValues());
                    } else if (name.endsWith(".environment.yaml") || name.endsWith(".globals.yaml")) {
                        environments.read(shown, input);
                    } else {
                        v3.definition(shown, input, new SharedValues());
                    }
                    outcomes[0]++;
                } catch (InvalidFileException e) {
                    assertTrue(e.problem().file().equals(shown) && !e.problem().message().isBlank(),
                            e.problem().toString());
                    outcomes[1]++;
                }
            }
        });
        System.out.printf("v3 fuzz: 3000 inputs from %d files, %d read, %d refused cleanly%n", files.size(),
                outcomes[0], outcomes[1]);
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "both kinds of outcome");
    }

    @Test
    void generatedJsonReadsOrFailsCleanly() {
        Random random = new Random(SEED + 1);
        assertTimeoutPreemptively(BUDGET, () -> {
            for (int i = 0; i < 3000; i++) {
                byte[] input = JsonSoup.document(random).getBytes(StandardCharsets.UTF_8);
                readCollection(input, "generated " + i);
                readEnvironment(input, "generated " + i);
            }
        });
    }

    @Test
    void pathologicalInputsAreCleanErrorsOrValues() {
        List<String> inputs = List.of(
                "[".repeat(1_000_000),
                "{\"a\":".repeat(200_000) + "1" + "}".repeat(200_000),
                "{\"info\": {\"name\": \"" + "x".repeat(20_000_000) + "\"}, \"item\": []}",
                "{\"info\": {\"name\": \"n\"}, \"item\": [{\"name\": \"r\", \"request\": {\"url\": \""
                        + "/a".repeat(500_000) + "\"}, \"response\": [{\"name\": \"e\"}]}]}",
                "{\"info\": {}, \"item\": [" + "{\"item\": [".repeat(300) + "]}".repeat(300) + "]}",
                "\"" + "\\u".repeat(100_000) + "\"",
                "{\"info\": {}, \"item\": [], \"variable\": [" + "{\"key\": \"v\", \"value\": \"{{v}}{{v}}\"},"
                        .repeat(1000) + "{}]}",
                "1e999999999", "-", "nul", "{\"a\" 1}", "{\"a\":1,}", "\u0000", "{\"info\":{\"schema\":5},\"item\":[]}");
        assertTimeoutPreemptively(BUDGET, () -> {
            for (int i = 0; i < inputs.size(); i++) {
                readCollection(inputs.get(i).getBytes(StandardCharsets.UTF_8), "pathological " + i);
            }
            readCollection(new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'}, "invalid UTF-8");
            readCollection(new byte[] {(byte) 0xC3}, "truncated UTF-8");
            readCollection(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "UTF-8 surrogate");
        });
    }

    private void readCollection(byte[] input, String what) {
        try {
            var parsed = collections.read("collections/fuzz.json", input);
            new MockCompiler().compile(MockDefinition.implicit("fuzz", null, Delay.NONE), parsed.value(),
                    "collections/fuzz.json", null);
        } catch (InvalidFileException e) {
            assertNamesTheFile(e.problem(), what);
        }
    }

    private void readEnvironment(byte[] input, String what) {
        try {
            environments.read("environments/fuzz.json", input);
        } catch (InvalidFileException e) {
            assertTrue(e.problem().file().equals("environments/fuzz.json"), what);
        }
    }

    private static void assertNamesTheFile(Problem problem, String what) {
        assertTrue(problem.file().equals("collections/fuzz.json") && !problem.message().isBlank(),
                what + ": " + problem);
        assertTrue(problem.line() >= 0 && problem.column() >= 0, what + ": " + problem);
    }

    private static List<byte[]> corpusSeeds() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/collections"))) {
            return files.filter(f -> {
                try {
                    return Files.size(f) < 200_000;
                } catch (java.io.IOException e) {
                    return false;
                }
            }).sorted().map(f -> {
                try {
                    return Files.readAllBytes(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
