package dev.voicecampaign.docs.examples;

import java.util.List;

/**
 * A request as the docs show it: method, path with query as written, headers (the token as
 * {@link ExampleWorld#TOKEN_PLACEHOLDER}) and the JSON body, if any.
 */
public record DocumentedRequest(String method, String target, List<String> headers, String body) {
    public DocumentedRequest {
        headers = List.copyOf(headers);
    }

    /** With the demo app's documented headers. */
    public static DocumentedRequest of(String method, String target, String body) {
        List<String> headers = new java.util.ArrayList<>(List.of("auth: " + ExampleWorld.TOKEN_PLACEHOLDER,
                "iid: " + ExampleWorld.APP.streamId().value(), "accountId: " + ExampleWorld.APP.accountId()));
        if (body != null) headers.add("content-type: application/json");
        return new DocumentedRequest(method, target, headers, body);
    }
}
