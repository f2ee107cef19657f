package dev.mockhost.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed inputs of {@link HttpFuzzIT}, kept as plain text in {@code src/test/resources/fuzz/http/} (its README
 * describes the escapes): a case per line, turned into the exact bytes to send.
 */
final class FuzzCorpus {

    private static final Path ROOT = Path.of("src/test/resources/fuzz/http");

    private FuzzCorpus() {
    }

    /** The cases of one file, each as the bytes it spells. */
    static List<byte[]> lines(String file) throws IOException {
        List<byte[]> cases = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve(file), StandardCharsets.UTF_8)) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                cases.add(expand(line));
            }
        }
        return cases;
    }

    /** Expands {@code \xHH}, {@code \}{@code uHHHH}, {@code \r \n \t \\} and {@code \R<n>(text)}. */
    static byte[] expand(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                i++;
                continue;
            }
            char kind = line.charAt(i + 1);
            switch (kind) {
                case 'x' -> {
                    out.write(Integer.parseInt(line.substring(i + 2, i + 4), 16));
                    i += 4;
                }
                case 'u' -> {
                    out.writeBytes(Character.toString(Integer.parseInt(line.substring(i + 2, i + 6), 16))
                            .getBytes(StandardCharsets.UTF_8));
                    i += 6;
                }
                case 'R' -> {
                    int open = line.indexOf('(', i);
                    int close = line.indexOf(')', open);
                    byte[] unit = expand(line.substring(open + 1, close));
                    int times = Integer.parseInt(line.substring(i + 2, open));
                    for (int n = 0; n < times; n++) {
                        out.writeBytes(unit);
                    }
                    i = close + 1;
                }
                default -> {
                    out.write(switch (kind) {
                        case 'r' -> '\r';
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> kind;
                    });
                    i += 2;
                }
            }
        }
        return out.toByteArray();
    }

    /** {@code METHOD /route template} lines of {@code documents.txt}. */
    record Document(String method, String route, String template) {
    }

    static List<Document> documents() throws IOException {
        List<Document> documents = new ArrayList<>();
        for (byte[] line : lines("documents.txt")) {
            String[] parts = new String(line, StandardCharsets.UTF_8).split(" ", 3);
            documents.add(new Document(parts[0], parts[1], parts[2]));
        }
        return documents;
    }

}
