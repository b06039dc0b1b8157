package dev.voicecampaign.json;

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

    /** A JSON tree read under the same limits and duplicate checks as request bodies, or null when unusable. */
    public static JsonNode parse(byte[] body) {
        return JsonTreeReader.read(body).root();
    }
}
