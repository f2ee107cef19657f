package dev.mockhost.collection;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Where a file stops being valid UTF-8, for the problem that says so. */
final class Utf8 {

    private Utf8() {
    }

    /** 3 when the bytes start with UTF-8's byte order mark, which editors on Windows write; else 0. */
    static int byteOrderMarkLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** The problem naming the line and column of the first byte that is not UTF-8 (the file must have one). */
    static InvalidFileException problem(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = byteOrderMarkLength(bytes);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            out.clear();
            if (result.isError() || !result.isOverflow()) {
                break;
            }
        }
        return new InvalidFileException(new Problem(file, line, column,
                "not valid UTF-8 (byte offset " + in.position() + "); save the file as UTF-8"));
    }
}
