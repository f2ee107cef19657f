package dev.mockhost.collection;

import java.util.Locale;

/** What to tell a person whose file did not fit in the server's heap. */
public final class HeapLimit {

    private HeapLimit() {
    }

    /** For a file whose reading ran out of memory. */
    public static String describe(long fileBytes) {
        return String.format(Locale.ROOT, "too large for the heap: %s did not fit in a heap of at most %s; give the "
                + "server more heap (-Xmx) or split the file", megabytes(fileBytes),
                megabytes(Runtime.getRuntime().maxMemory()));
    }

    /** For a collection that ran out of memory while it was read, after {@code examplesRead} examples. */
    public static String describe(long fileBytes, int examplesRead) {
        return String.format(Locale.ROOT, "too large for the heap: %s, %,d examples read when the heap (at most %s) "
                        + "was full; give the server more heap (-Xmx) or split the collection",
                megabytes(fileBytes), examplesRead, megabytes(Runtime.getRuntime().maxMemory()));
    }

    /** For a collection directory (v3) whose reading found the heap full after {@code examplesRead} examples. */
    public static String describeDirectory(int examplesRead) {
        return String.format(Locale.ROOT, "too large for the heap: %,d examples read when the heap (at most %s) was "
                + "full; give the server more heap (-Xmx) or split the collection", examplesRead,
                megabytes(Runtime.getRuntime().maxMemory()));
    }

    /** For a collection that was read but whose {@code examples} could not be compiled. */
    public static String describeCompiled(int examples) {
        return String.format(Locale.ROOT, "too large for the heap: %,d examples could not be compiled in a heap of "
                + "at most %s; give the server more heap (-Xmx) or split the collection", examples,
                megabytes(Runtime.getRuntime().maxMemory()));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", Math.max(1, Math.round(bytes / 1_048_576.0)));
    }
}
