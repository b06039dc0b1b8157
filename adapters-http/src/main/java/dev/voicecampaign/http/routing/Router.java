package dev.voicecampaign.http.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The route table as data, and matching. Paths are compared segment by segment; a trailing slash
 * is not ignored (the hosted API documents none); literal segments win over variables, so
 * {@code .../campaign/getAllCampaignDetails} never reads as a campaign id.
 */
public final class Router {
    private static final String V2 = "/campaign/api/v2/public/{streamId}";
    private static final String V1 = "/agentassist/api/v1/public/{streamId}";

    /** Every route of the reference server. */
    public static final List<Route> ROUTES = List.of(
            new Route("POST", V2 + "/campaign/getAllCampaignDetails", RouteId.LIST),
            new Route("POST", V2 + "/campaign/schedule", RouteId.SCHEDULE),
            new Route("POST", V2 + "/campaign", RouteId.CREATE_V2),
            new Route("POST", V1 + "/campaign", RouteId.CREATE_V1),
            new Route("PUT", V2 + "/campaign/{campaignId}", RouteId.UPDATE_V2),
            new Route("PUT", V1 + "/campaign/{campaignId}", RouteId.UPDATE_V1),
            new Route("GET", V2 + "/campaign/{campaignId}", RouteId.GET_V2),
            new Route("GET", V1 + "/campaign/{campaignId}", RouteId.GET_V1),
            new Route("DELETE", V2 + "/campaign/{campaignId}", RouteId.DELETE_V2),
            new Route("DELETE", V1 + "/campaign/{campaignId}", RouteId.DELETE_V1),
            new Route("POST", "/api/v2/public/{streamId}/campaign/trigger/{campaignId}", RouteId.TRIGGER_V2),
            new Route("POST", "/campaign/api/v1/public/{streamId}/campaign/{campaignId}", RouteId.TRIGGER_V1),
            new Route("POST", V2 + "/campaign/{campaignId}/status", RouteId.STATUS));

    private final List<Route> routes;

    public Router() {
        this(ROUTES);
    }

    public Router(List<Route> routes) {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingLong(Route::literals).reversed());
        this.routes = List.copyOf(sorted);
    }

    public RouteMatch match(String method, String path) {
        if (path == null || !path.startsWith("/")) return new RouteMatch.NoRoute();
        String[] parts = path.substring(1).split("/", -1);
        Set<String> allowed = new TreeSet<>();
        for (Route r : routes) {
            Map<String, String> params = bind(r.segments(), parts);
            if (params == null) continue;
            if (r.method().equals(method)) return new RouteMatch.Matched(r.id(), params);
            allowed.add(r.method());
        }
        return allowed.isEmpty() ? new RouteMatch.NoRoute() : new RouteMatch.MethodNotAllowed(allowed);
    }

    private static Map<String, String> bind(List<String> template, String[] parts) {
        if (template.size() != parts.length) return null;
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String t = template.get(i);
            if (t.startsWith("{")) {
                if (parts[i].isEmpty()) return null;
                params.put(t.substring(1, t.length() - 1), parts[i]);
            } else if (!t.equals(parts[i])) {
                return null;
            }
        }
        return params;
    }
}
