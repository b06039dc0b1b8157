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
            new Route("POST", V2 + "/campaign/{campaignId}/status", RouteId.STATUS),
            new Route("POST", V2 + "/campaign/{campaignId}/decisions", RouteId.DECISIONS),
            new Route("POST", V2 + "/campaign/{campaignId}/callbacks", RouteId.CALLBACK_CREATE),
            new Route("GET", V2 + "/campaign/{campaignId}/callbacks", RouteId.CALLBACKS),
            new Route("DELETE", V2 + "/campaign/{campaignId}/callbacks/{callbackId}", RouteId.CALLBACK_DELETE),
            new Route("POST", V2 + "/contactlists", RouteId.CONTACT_LIST_CREATE),
            new Route("GET", V2 + "/contactlists", RouteId.CONTACT_LISTS),
            new Route("GET", V2 + "/contactlists/{listId}", RouteId.CONTACT_LIST_GET),
            new Route("DELETE", V2 + "/contactlists/{listId}", RouteId.CONTACT_LIST_DELETE),
            new Route("POST", V2 + "/contactlists/{listId}/contacts", RouteId.CONTACTS_UPLOAD),
            new Route("GET", V2 + "/contactlists/{listId}/contacts", RouteId.CONTACTS),
            new Route("DELETE", V2 + "/contactlists/{listId}/contacts/{contactId}", RouteId.CONTACT_DELETE),
            new Route("POST", V2 + "/dnclists", RouteId.DNC_LIST_CREATE),
            new Route("GET", V2 + "/dnclists", RouteId.DNC_LISTS),
            new Route("GET", V2 + "/dnclists/{listId}", RouteId.DNC_LIST_GET),
            new Route("DELETE", V2 + "/dnclists/{listId}", RouteId.DNC_LIST_DELETE),
            new Route("POST", V2 + "/dnclists/{listId}/numbers", RouteId.DNC_NUMBERS_UPLOAD),
            new Route("GET", V2 + "/dnclists/{listId}/numbers", RouteId.DNC_NUMBERS),
            new Route("DELETE", V2 + "/dnclists/{listId}/numbers/{number}", RouteId.DNC_NUMBER_DELETE),
            new Route("GET", "/health/live", RouteId.HEALTH_LIVE),
            new Route("GET", "/health/ready", RouteId.HEALTH_READY));

    /** The path template of route {@code id}, as the access log names it. */
    public static String template(RouteId id) {
        return ROUTES.stream().filter(r -> r.id() == id).map(Route::template).findFirst().orElseThrow();
    }

    private final List<Compiled> routes;

    /** A route with its template split once: each segment's literal text, or null where a variable stands. */
    private record Compiled(Route route, String[] literals, String[] variables) {
        static Compiled of(Route route) {
            List<String> segments = route.segments();
            String[] literals = new String[segments.size()];
            String[] variables = new String[segments.size()];
            for (int i = 0; i < literals.length; i++) {
                String t = segments.get(i);
                if (t.startsWith("{")) variables[i] = t.substring(1, t.length() - 1);
                else literals[i] = t;
            }
            return new Compiled(route, literals, variables);
        }

        /** Whether the path's parts fit the template: same length, literals equal, variables not empty. */
        boolean fits(String[] parts) {
            if (literals.length != parts.length) return false;
            for (int i = 0; i < parts.length; i++) {
                if (literals[i] != null ? !literals[i].equals(parts[i]) : parts[i].isEmpty()) return false;
            }
            return true;
        }

        Map<String, String> bind(String[] parts) {
            Map<String, String> params = new HashMap<>(4);
            for (int i = 0; i < parts.length; i++) if (variables[i] != null) params.put(variables[i], parts[i]);
            return params;
        }
    }

    public Router() {
        this(ROUTES);
    }

    public Router(List<Route> routes) {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingLong(Route::literals).reversed());
        this.routes = sorted.stream().map(Compiled::of).toList();
    }

    public RouteMatch match(String method, String path) {
        if (path == null || !path.startsWith("/")) return new RouteMatch.NoRoute();
        String[] parts = path.substring(1).split("/", -1);
        // HEAD is GET without the body (RFC 9110, 9.3.2); the server sends the headers only.
        String asked = "HEAD".equals(method) ? "GET" : method;
        Set<String> allowed = null;
        for (Compiled r : routes) {
            if (!r.fits(parts)) continue;
            if (r.route().method().equals(asked)) return new RouteMatch.Matched(r.route().id(), r.bind(parts));
            if (allowed == null) allowed = new TreeSet<>();
            allowed.add(r.route().method());
        }
        return allowed == null ? new RouteMatch.NoRoute() : new RouteMatch.MethodNotAllowed(allowed);
    }
}
