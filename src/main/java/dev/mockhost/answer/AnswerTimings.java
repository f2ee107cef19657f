package dev.mockhost.answer;

/**
 * What the answering step reports about each call it matches: how long matching and rendering took, and whether an
 * example matched. Called on the request thread, so implementations must be cheap and allocation-free.
 */
public interface AnswerTimings {

    /** Reports nothing. */
    AnswerTimings NONE = new AnswerTimings() {
        @Override
        public void matched(String mock, long nanos, boolean found) {
        }

        @Override
        public void rendered(String mock, long nanos) {
        }
    };

    /** Matching ran for a call of {@code mock}; {@code found}: an example matched. */
    void matched(String mock, long nanos, boolean found);

    /** The matched example was rendered. */
    void rendered(String mock, long nanos);
}
