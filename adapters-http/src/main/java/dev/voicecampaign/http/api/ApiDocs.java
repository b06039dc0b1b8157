package dev.voicecampaign.http.api;

import dev.voicecampaign.http.exchange.Headers;
import dev.voicecampaign.http.exchange.HttpRequest;
import dev.voicecampaign.http.exchange.HttpResponse;
import dev.voicecampaign.json.CampaignJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API in a browser: {@code GET /openapi.json} (the published document, its first server set to
 * the host the request was sent to, so "Try it out" calls this server) and {@code GET /docs}, Swagger
 * UI from its webjar, read from the jar (no network). No token, outside the rate limit; only the
 * files named here are served.
 */
final class ApiDocs {
    static final String DOCUMENT = "/openapi.json";
    static final String PAGE = "/docs";
    private static final String OWN = "/dev/voicecampaign/http/docs/";
    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    /** File under /docs/ → where it is on the classpath and its media type. */
    private static final Map<String, Asset> ASSETS = Map.of(
            "swagger-ui.css", new Asset(WEBJAR + "swagger-ui.css", "text/css; charset=utf-8"),
            "swagger-ui-bundle.js", new Asset(WEBJAR + "swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
            "favicon-32x32.png", new Asset(WEBJAR + "favicon-32x32.png", "image/png"),
            "init.js", new Asset(OWN + "init.js", "text/javascript; charset=utf-8"));
    private static final Asset INDEX = new Asset(OWN + "index.html", "text/html; charset=utf-8");
    /** A Host header this server repeats in the document: a name or address and an optional port, nothing else. */
    private static final Pattern SANE_HOST = Pattern.compile("[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:[0-9]{1,5})?");

    private record Asset(String resource, String mediaType) {
    }

    private ApiDocs() {
    }

    /** Whether this path is one of the pages (any method; only GET and HEAD are answered). */
    static boolean serves(String path) {
        return path.equals(DOCUMENT) || path.equals(PAGE) || path.equals(PAGE + "/")
                || path.startsWith(PAGE + "/") && ASSETS.containsKey(path.substring(PAGE.length() + 1));
    }

    /** The route template for metrics and the access log. */
    static String template(String path) {
        return path.equals(DOCUMENT) ? DOCUMENT : path.equals(PAGE) || path.equals(PAGE + "/") ? PAGE : PAGE + "/{file}";
    }

    static HttpResponse answer(HttpRequest request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return Responses.problem(405, "method-not-allowed", "Method not allowed", "use GET, HEAD", "Allow", "GET, HEAD");
        }
        String path = request.path();
        if (path.equals(DOCUMENT)) return document(request.headers().first("Host"));
        Asset asset = path.equals(PAGE) || path.equals(PAGE + "/") ? INDEX : ASSETS.get(path.substring(PAGE.length() + 1));
        return new HttpResponse(200, Headers.of("Content-Type", asset.mediaType(), "X-Content-Type-Options", "nosniff",
                "Cache-Control", "no-cache"), read(asset.resource()));
    }

    private static HttpResponse document(Optional<String> host) {
        ObjectNode api = (ObjectNode) CampaignJson.parse(read(OWN + "openapi.json"));
        host.filter(h -> SANE_HOST.matcher(h).matches()).ifPresent(h -> {
            ArrayNode servers = (ArrayNode) api.get("servers");
            servers.insert(0, api.objectNode().put("url", "http://" + h).put("description", "This server"));
        });
        return new HttpResponse(200, Headers.of("Content-Type", "application/json", "Cache-Control", "no-cache"), CampaignJson.bytes(api));
    }

    private static byte[] read(String resource) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("not in the jar: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion() {
        Properties p = new Properties();
        try (InputStream in = ApiDocs.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) throw new IllegalStateException("the Swagger UI webjar is not on the class path");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
