package dev.voicecampaign.json;

import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import tools.jackson.databind.JsonNode;

/** Entry points the HTTP adapter and embedders use: serialise a tree, and merge boundary and rule violations. */
public final class CampaignJson {
    private CampaignJson() {
    }

    public static byte[] bytes(JsonNode node) {
        return JsonTreeReader.MAPPER.writeValueAsBytes(node);
    }

    public static String text(JsonNode node) {
        return JsonTreeReader.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /**
     * Everything wrong with a request: the boundary's violations, then the rules' except those at or
     * under a field the boundary already rejected (a field with a wrong type is absent from the draft,
     * and "required" would only repeat the same problem).
     */
    public static Seq<Violation> merge(Seq<Violation> boundary, Seq<Violation> rules) {
        Seq<Violation> rejected = boundary.filter(Violation::isError);
        return boundary.appendAll(rules.reject(r -> rejected.exists(b -> r.path().startsWith(b.path()))));
    }

    /** A JSON tree read under the same limits and duplicate checks as request bodies, or null when unusable. */
    public static JsonNode parse(byte[] body) {
        return JsonTreeReader.read(body).root();
    }
}
