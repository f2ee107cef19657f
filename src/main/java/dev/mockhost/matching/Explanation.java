package dev.mockhost.matching;

import java.util.List;
import java.util.Locale;

/**
 * Why a call got its answer: the example chosen, with its path step and score; or, when nothing matched, the
 * examples that came nearest (at most three) and, for each, the first rule it failed. For call logs, the
 * {@code x-mock-explain} header and the console.
 *
 * @param summary one sentence: what happened
 * @param chosen  the example that answered, or null
 * @param nearest the nearest examples when none answered; empty otherwise
 */
public record Explanation(String summary, Chosen chosen, List<Near> nearest) {

    public Explanation {
        nearest = List.copyOf(nearest);
    }

    /** The example that answered and why it won. */
    public record Chosen(String exampleId, String name, String method, String path, String step, double score) {
    }

    /** An example that came near, and the first rule it failed. */
    public record Near(String exampleId, String name, String method, String path, String failed) {
    }

    /** On one line, for a response header: ASCII only, at most {@code max} characters. */
    public String line(int max) {
        StringBuilder out = new StringBuilder(summary);
        if (chosen != null) {
            out.append(": \"").append(chosen.name()).append("\" (").append(chosen.exampleId()).append(") for ")
                    .append(chosen.method()).append(' ').append(chosen.path()).append(", path ")
                    .append(chosen.step()).append(", score ").append(format(chosen.score()));
        }
        for (int i = 0; i < nearest.size(); i++) {
            Near near = nearest.get(i);
            out.append(i == 0 ? "; nearest: " : "; ").append('"').append(near.name()).append("\" ")
                    .append(near.method()).append(' ').append(near.path()).append(": ").append(near.failed());
        }
        StringBuilder ascii = new StringBuilder(out.length());
        out.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F) {
                ascii.append((char) c);
            } else {
                ascii.append(String.format(Locale.ROOT, "\\u%04x", c & 0xFFFF));
            }
        });
        return ascii.length() > max ? ascii.substring(0, max - 3) + "..." : ascii.toString();
    }

    static String format(double score) {
        return score == Math.rint(score) ? Long.toString((long) score)
                : String.format(Locale.ROOT, "%.2f", score);
    }
}
