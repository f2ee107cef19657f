package dev.mockhost.calls;

/** Where call logs are kept: this node's memory, or a database every node of a cluster shares. */
interface CallStore {

    /** Keeps {@code record} (its id given here) in {@code mock}'s log, dropping the oldest beyond the bound. */
    void add(String mock, CallRecord record);

    CallPage page(String mock, CallQuery query);

    /** Drops the whole log of a mock that is gone. */
    void forget(String mock);

    /** Writes what is still queued and lets go of what the store holds. */
    void close();

    /** Records not kept because they could not be stored as fast as calls came (since this store was made). */
    default long dropped() {
        return 0;
    }
}
