package dev.mockhost.web.api;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.matching.Explanation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** An {@link Explanation} as the call log shows it. */
final class ExplanationJson {

    private ExplanationJson() {
    }

    static JsonObject of(Explanation explanation) {
        JsonObjectBuilder out = Jsonp.PROVIDER.createObjectBuilder().add("summary", explanation.summary());
        Explanation.Chosen chosen = explanation.chosen();
        if (chosen == null) {
            out.addNull("chosen");
        } else {
            out.add("chosen", Jsonp.PROVIDER.createObjectBuilder().add("exampleId", chosen.exampleId())
                    .add("name", chosen.name()).add("method", chosen.method()).add("path", chosen.path())
                    .add("step", chosen.step()).add("score", chosen.score()));
        }
        JsonArrayBuilder nearest = Jsonp.PROVIDER.createArrayBuilder();
        explanation.nearest().forEach(near -> nearest.add(Jsonp.PROVIDER.createObjectBuilder()
                .add("exampleId", near.exampleId()).add("name", near.name()).add("method", near.method())
                .add("path", near.path()).add("failed", near.failed())));
        return out.add("nearest", nearest).build();
    }
}
