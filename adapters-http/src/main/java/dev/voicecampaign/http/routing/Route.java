package dev.voicecampaign.http.routing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One route: method, path template ({@code /campaign/api/v2/public/{streamId}/campaign/{campaignId}}) and its id. */
public record Route(String method, String template, RouteId id) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(id, "id");
    }

    List<String> segments() {
        return Arrays.asList(template.substring(1).split("/"));
    }

    /** Literal segments before variables: a route with more literals wins. */
    long literals() {
        return segments().stream().filter(s -> !s.startsWith("{")).count();
    }
}
