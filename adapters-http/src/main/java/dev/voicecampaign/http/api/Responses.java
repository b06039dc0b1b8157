package dev.voicecampaign.http.api;

import dev.voicecampaign.http.exchange.Headers;
import dev.voicecampaign.http.exchange.HttpResponse;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.ProblemWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the server's responses: JSON bodies and problem documents (our design: the hosted API documents none). */
public final class Responses {
    private Responses() {
    }

    public static HttpResponse json(int status, JsonNode body) {
        return json(status, CampaignJson.bytes(body));
    }

    /** A body already written as JSON text in UTF-8, with {@code extraHeaders} (names and values in turn). */
    public static HttpResponse json(int status, byte[] body, String... extraHeaders) {
        return new HttpResponse(status, headers("application/json", extraHeaders), body);
    }

    public static HttpResponse problem(int status, String type, String title, String detail, String... extraHeaders) {
        return problem(ProblemWriter.problem(type, title, status, detail), extraHeaders);
    }

    public static HttpResponse problem(ObjectNode body, String... extraHeaders) {
        return new HttpResponse(body.get("status").intValue(), headers(ProblemWriter.MEDIA_TYPE, extraHeaders), CampaignJson.bytes(body));
    }

    private static Headers headers(String contentType, String... extraHeaders) {
        String[] headers = new String[extraHeaders.length + 2];
        headers[0] = "Content-Type";
        headers[1] = contentType;
        System.arraycopy(extraHeaders, 0, headers, 2, extraHeaders.length);
        return Headers.of(headers);
    }
}
