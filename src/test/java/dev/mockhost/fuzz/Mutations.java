package dev.mockhost.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Byte-level mutations of valid files: flips, cuts, splices and inserts of tokens that parsers trip on. */
final class Mutations {

    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "{{", "}}", "null", "true",
            "-1", "1e400", "\"code\": \"x\"", "\"item\": 5", "\"request\": []", "\"url\": {}", "\"path\": [1]",
            "\"header\": \"a\"", "\u0000", "\uFFFF", "\"response\": [null]", "\"body\": {}"};

    private Mutations() {
    }

    static byte[] mutate(byte[] seed, Random random) {
        byte[] data = seed.clone();
        int rounds = 1 + random.nextInt(8);
        for (int r = 0; r < rounds && data.length > 0; r++) {
            int at = random.nextInt(data.length);
            switch (random.nextInt(5)) {
                case 0 -> data[at] = (byte) random.nextInt(256);
                case 1 -> data = java.util.Arrays.copyOf(data, at);
                case 2 -> data = splice(data, at, Math.min(data.length, at + random.nextInt(64)), new byte[0]);
                case 3 -> data = splice(data, at, at, TOKENS[random.nextInt(TOKENS.length)]
                        .getBytes(StandardCharsets.UTF_8));
                default -> {
                    int from = random.nextInt(data.length);
                    int length = Math.min(data.length - from, random.nextInt(256));
                    byte[] copy = java.util.Arrays.copyOfRange(data, from, from + length);
                    data = splice(data, at, at, copy);
                }
            }
        }
        return data;
    }

    private static byte[] splice(byte[] data, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + insert.length);
        out.write(data, 0, from);
        out.write(insert, 0, insert.length);
        out.write(data, to, data.length - to);
        return out.toByteArray();
    }
}
