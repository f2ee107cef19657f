package dev.mockhost.calls;

import java.util.List;

/** Records in the order asked for, and where the next page starts (null: no more). */
public record CallPage(List<CallRecord> records, Long nextCursor) {

    public CallPage {
        records = List.copyOf(records);
    }

    static CallPage empty() {
        return new CallPage(List.of(), null);
    }
}
