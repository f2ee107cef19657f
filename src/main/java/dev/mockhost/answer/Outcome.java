package dev.mockhost.answer;

import dev.mockhost.matching.Explanation;

/**
 * How one mock call was answered: the answer, when to send it, and why.
 *
 * @param explanation why: always for a call nothing answered, and for any call that asked with
 *                    {@code x-mock-explain: true}; null otherwise (a hit logs its {@code step} and {@code score})
 * @param step        the path step of the example that answered, or null
 * @param score       its score, or 0
 * @param delayMillis how long to wait before sending
 */
public record Outcome(Answer answer, Explanation explanation, String step, double score, long delayMillis) {

    static Outcome of(Answer answer) {
        return new Outcome(answer, null, null, 0, 0);
    }
}
