package dev.voicecampaign.http.routing;

import java.util.Map;
import java.util.Set;

/** What the router found for a method and path. */
public sealed interface RouteMatch {
    record Matched(RouteId id, Map<String, String> parameters) implements RouteMatch {
        public Matched {
            parameters = Map.copyOf(parameters);
        }
    }

    /** The path exists, but not for this method. */
    record MethodNotAllowed(Set<String> allowed) implements RouteMatch {
        public MethodNotAllowed {
            allowed = Set.copyOf(allowed);
        }
    }

    record NoRoute() implements RouteMatch {
    }
}
