package dev.mockhost.proxy;

/**
 * What recording one answer did, in words a call log can show: whether it was saved and, when the collection has a
 * place for it, which file, request and example.
 *
 * @param file    the collection file written or looked at ({@code collections/shop.json}), or null
 * @param request the request item or request file the example belongs to, or null
 * @param example the example saved, or the equal one already there; null otherwise
 */
public record Recording(Recorder.Saved saved, String file, String request, String example) {

    public static Recording of(Recorder.Saved saved) {
        return new Recording(saved, null, null, null);
    }

    /** One sentence for the call log: what became of the answer, and why when it was not saved. */
    public String describe(ProxySettings settings) {
        String where = file == null ? "" : " in " + file + (request == null ? "" : ", request \"" + request + "\"");
        return switch (saved) {
            case RECORDED -> "recorded as \"" + example + "\"" + where;
            case DUPLICATE -> "not recorded: equal to the example \"" + example + "\"" + where;
            case LIMIT -> "not recorded: the request already holds " + settings.maxExamples()
                    + " recorded examples (setting mockhost.proxy.maxRecordedExamples)" + where;
            case REQUEST_LIMIT -> "not recorded: recording has already added " + settings.maxRequests()
                    + " requests to the collection (setting mockhost.proxy.maxRecordedRequests)" + where;
            case TOO_LARGE -> "not recorded: the request or answer body is over " + settings.maxBodyBytes()
                    + " bytes (setting mockhost.proxy.maxRecordedBodyBytes)";
            case NOT_TEXT -> "not recorded: the answer's body is not text in its charset (UTF-8 unless it names "
                    + "another), or is compressed other than by gzip or deflate; an example body is text";
            case NO_COLLECTION_FILE -> "not recorded: the mock's collection has no file or directory to write";
            case FAILED -> "not recorded: writing the collection failed (the server log says why)";
        };
    }
}
