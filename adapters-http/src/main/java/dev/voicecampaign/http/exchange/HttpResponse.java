package dev.voicecampaign.http.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A response any HTTP stack can send: status, headers, body bytes. */
public record HttpResponse(int status, Headers headers, byte[] body) {
    public HttpResponse {
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
