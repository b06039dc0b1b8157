package dev.voicecampaign.http.exchange;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A request as any HTTP stack can hand it over: method, decoded path, query parameters, headers, body bytes. */
public record HttpRequest(String method, String path, Map<String, List<String>> query, Headers headers, byte[] body) {
    public HttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
    }

    public Optional<String> queryParameter(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /**
     * Parses a raw query string ({@code a=1&b=x%20y}); an {@link IllegalArgumentException} when its percent-encoding
     * is malformed.
     */
    public static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(v);
        }
        return out;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
