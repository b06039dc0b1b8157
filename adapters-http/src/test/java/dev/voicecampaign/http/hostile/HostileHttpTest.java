package dev.voicecampaign.http.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.inmemory.InMemoryCampaignRepository;
import dev.voicecampaign.core.inmemory.MutableClock;
import dev.voicecampaign.core.inmemory.RandomIdGenerator;
import dev.voicecampaign.http.api.CampaignApi;
import dev.voicecampaign.http.api.ServerState;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.auth.RateLimiter;
import dev.voicecampaign.http.auth.TokenSigner;
import dev.voicecampaign.http.server.EmbeddedServer;
import dev.voicecampaign.http.server.ServerLimits;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.GoldenSamples;
import dev.voicecampaign.rules.CampaignRules;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Hostile requests over real sockets on loopback, each with its exact answer: status and problem
 * code (0 when the server rightly closes without answering). After each, the store is exactly as
 * it was. The server runs with its default limits; DECISIONS.md lists them.
 */
class HostileHttpTest {
    static final AppConfig APP = DemoConfig.standard().apps().getFirst();
    static final String V2 = "/campaign/api/v2/public/" + APP.streamId().value();
    static final String CREATE = V2 + "/campaign?accountId=" + APP.accountId() + "&campaignType=voice";
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    static final InMemoryCampaignRepository REPOSITORY = new InMemoryCampaignRepository();
    static EmbeddedServer server;
    static String existing;

    /** One hostile request: what to send (given the server's port), and the answer expected. */
    record Hostile(String name, Function<Integer, byte[]> request, boolean closeAfterSending, int status, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        ServerState state = ServerState.inMemory(DemoConfig.standard(), CLOCK, CampaignRules.standard(), REPOSITORY, new RandomIdGenerator(), Runnable::run);
        server = EmbeddedServer.start(new InetSocketAddress("127.0.0.1", 0), new CampaignApi(state, new RateLimiter(1_000_000, CLOCK)),
                ServerLimits.defaults());
        RawHttp.Answer created = RawHttp.send(server.port(), request("POST", CREATE, json(), GoldenSamples.request("agentless-v2")), false);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        existing = CampaignJson.parse(created.body().getBytes(StandardCharsets.UTF_8)).get("data").get("id").asString();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Hostile> hostile() {
        List<Hostile> all = new ArrayList<>();
        // malformed JSON
        for (String body : List.of("{", "{\"name\":}", "{\"a\": 1,}", "{} trailing", "/* c */ {}", "{'name': 'x'}", "nul",
                "{\"name\": \"unterminated", "{\"maxRingTime\": NaN}", "{\"maxRingTime\": Infinity}", "{\"maxRingTime\": -Infinity}",
                "{\"name\": \"tab\there\"}")) {
            all.add(post("malformed " + body.replace('\t', ' '), body, 400, "request.body.malformed"));
        }
        // empty and not an object
        all.add(post("empty body", "", 400, "request.body.empty"));
        all.add(post("white space only", "  \n ", 400, "request.body.empty"));
        for (String body : List.of("[]", "\"text\"", "42", "null", "true")) all.add(post("not an object " + body, body, 400, "request.body.notObject"));
        // truncated bodies: the server waits for the rest, then sees the end of the stream and refuses the request
        all.add(new Hostile("declared 500 bytes, sent 20", port -> truncated("Content-Length: 500\r\n", "{\"name\": \"truncated\""), true, 400, "bad-request"));
        all.add(new Hostile("chunk of 100 bytes, sent 10", port -> truncated("Transfer-Encoding: chunked\r\n", "64\r\n{\"name\": \""), true, 400,
                "bad-request"));
        // sizes
        all.add(post("10 MB body", "{\"name\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}", 413, "payload-too-large"));
        all.add(new Hostile("10 MB chunked body", port -> chunked("{\"description\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}"), false, 413, "payload-too-large"));
        all.add(new Hostile("2 MB declared, nothing sent", port -> ascii("POST " + CREATE + " HTTP/1.1\r\nHost: x\r\n" + auth()
                + "Content-Type: application/json\r\nContent-Length: 2097152\r\nConnection: close\r\n\r\n"), true, 413, "payload-too-large"));
        // nesting
        all.add(post("arrays nested 10 000 deep", "[".repeat(10_000) + "]".repeat(10_000), 400, "request.body.limitExceeded"));
        all.add(post("objects nested 10 000 deep", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), 400, "request.body.limitExceeded"));
        all.add(post("objects nested 65 deep", "{\"a\":".repeat(65) + "1" + "}".repeat(65), 400, "request.body.limitExceeded"));
        // strings
        all.add(post("1 MB string", "{\"name\": \"" + "n".repeat(1_000_000) + "\"}", 400, "request.body.limitExceeded"));
        all.add(post("100 KB description", "{\"description\": \"" + "d".repeat(100_000) + "\"}", 400, "request.body.limitExceeded"));
        all.add(post("1000-character key", "{\"" + "k".repeat(1000) + "\": 1}", 400, "request.body.limitExceeded"));
        // numbers
        all.add(post("exponent beyond any decimal", field("maxRingTime", "1e99999999999"), 400, "request.body.limitExceeded"));
        all.add(post("101-digit number", field("maxRingTime", "1".repeat(101)), 400, "request.body.limitExceeded"));
        all.add(post("30-digit number", field("maxRingTime", "123456789012345678901234567890"), 400,
                "campaign.dialingStrategy.maxRingTime.outOfRange"));
        all.add(post("huge negative", field("maxRingTime", "-99999999999999999999"), 400, "campaign.dialingStrategy.maxRingTime.outOfRange"));
        all.add(post("fraction", field("maxRingTime", "30.5"), 400, "request.field.wrongType"));
        all.add(post("number as string", field("maxRingTime", "\"30\""), 400, "request.field.wrongType"));
        all.add(post("minus zero", field("maxRingTime", "-0"), 400, "campaign.dialingStrategy.maxRingTime.outOfRange"));
        all.add(post("priority as number", "{\"priority\": 5}", 400, "request.field.wrongType"));
        // duplicate keys
        all.add(post("duplicate key", "{\"name\": \"a\", \"name\": \"b\"}", 400, "request.field.duplicate"));
        all.add(post("duplicate nested key", "{\"dialingStrategy\": {\"maxRingTime\": 30, \"maxRingTime\": 40}}", 400, "request.field.duplicate"));
        // content types and charsets
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json; charset=utf-16", "application/json; charset=iso-8859-1")) {
            all.add(new Hostile("content type " + type, port -> request("POST", CREATE, "Content-Type: " + type + "\r\n", bytes("{}")), false,
                    415, "unsupported-media-type"));
        }
        all.add(new Hostile("no content type", port -> request("POST", CREATE, "", bytes("{}")), false, 415, "unsupported-media-type"));
        // invalid UTF-8
        all.add(new Hostile("invalid UTF-8 byte", port -> request("POST", CREATE, json(), concat(bytes("{\"name\": \""), new byte[] {(byte) 0xFF},
                bytes("\"}"))), false, 400, "request.body.malformed"));
        all.add(new Hostile("overlong UTF-8", port -> request("POST", CREATE, json(), concat(bytes("{\"name\": \""), new byte[] {(byte) 0xC0, (byte) 0xAF},
                bytes("\"}"))), false, 400, "request.body.malformed"));
        all.add(new Hostile("truncated UTF-8 sequence", port -> request("POST", CREATE, json(), concat(bytes("{\"name\": \""), new byte[] {(byte) 0xE2, (byte) 0x82},
                bytes("\"}"))), false, 400, "request.body.malformed"));
        // header floods
        all.add(new Hostile("300 headers", port -> request("GET", V2 + "/campaign/x", "X-Flood: 1\r\n".repeat(300), new byte[0]), false, 431,
                "header-fields-too-large"));
        all.add(new Hostile("150 distinct headers", port -> request("GET", V2 + "/campaign/x",
                java.util.stream.IntStream.range(0, 150).mapToObj(i -> "X-Flood-" + i + ": 1\r\n").collect(java.util.stream.Collectors.joining()),
                new byte[0]), false, 431, "header-fields-too-large"));
        // beyond the byte limit of the request line and headers the server answers without reading further
        all.add(new Hostile("one 100 KB header", port -> request("GET", V2 + "/campaign/x", "X-Big: " + "h".repeat(100_000) + "\r\n", new byte[0]),
                false, 431, "header-fields-too-large"));
        // ids and paths
        all.add(get("encoded traversal in id", V2 + "/campaign/..%2F..%2Fetc%2Fpasswd", 400, "bad-request"));
        all.add(get("raw traversal", V2 + "/campaign/../../../../etc/passwd", 404, "not-found"));
        all.add(get("NUL in id", V2 + "/campaign/%00", 400, "bad-request"));
        all.add(get("invalid UTF-8 in the path", V2 + "/campaign/%FF", 400, "bad-request"));
        all.add(get("overlong UTF-8 in the path", V2 + "/campaign/%C0%AF", 400, "bad-request"));
        all.add(get("10 000-character id", V2 + "/campaign/" + "c".repeat(10_000), 404, "campaign-not-found"));
        all.add(get("another stream in the path", "/campaign/api/v2/public/st-other/campaign/x", 403, "forbidden"));
        all.add(get("unknown route", "/campaign/api/v9/anything", 404, "not-found"));
        all.add(get("trailing slash", V2 + "/campaign/x/", 404, "not-found"));
        // query strings
        all.add(new Hostile("5000 query parameters", port -> request("GET", V2 + "/campaign/" + existing + "?" + "a=1&".repeat(5000), "", new byte[0]),
                false, 200, ""));
        // what the HTTP server refuses before any handler is a problem document too, never an HTML page
        all.add(get("bad percent-encoding in the query", V2 + "/campaign/x?campaignType=%zz", 400, "bad-request"));
        all.add(get("bad percent-encoding in the path", V2 + "/campaign/%zz", 400, "bad-request"));
        all.add(new Hostile("space in the request target", port -> ascii("GET " + V2 + "/campaign/a b HTTP/1.1\r\nHost: x\r\n\r\n"), false, 400,
                "bad-request"));
        all.add(new Hostile("request line without a version (HTTP/0.9)", port -> ascii("GET " + V2 + "/campaign/x\r\nHost: x\r\n\r\n"), false,
                505, "http-version-not-supported"));
        all.add(new Hostile("request line of three words of junk", port -> ascii("\u0001\u0002 junk junk\r\n\r\n"), false, 400, "bad-request"));
        all.add(new Hostile("unsupported HTTP version", port -> ascii("GET " + V2 + "/campaign/x HTTP/7.0\r\nHost: x\r\n\r\n"), false, 505,
                "http-version-not-supported"));
        all.add(new Hostile("unknown trigger", port -> request("POST", "/api/v2/public/" + APP.streamId().value() + "/campaign/trigger/" + existing
                + "?campaignType=voice&trigger=explode", json(), bytes("{}")), false, 400, "invalid-trigger"));
        all.add(new Hostile("missing trigger", port -> request("POST", "/api/v2/public/" + APP.streamId().value() + "/campaign/trigger/" + existing
                + "?campaignType=voice", json(), bytes("{}")), false, 400, "invalid-trigger"));
        all.add(new Hostile("schedule switch not a boolean", port -> request("POST", V2 + "/campaign/schedule?enableSchedule=maybe&campaignName=Product%20Feedback%20Voice%20Campaign-3.41",
                json(), bytes("{}")), false, 400, "invalid-schedule"));
        all.add(new Hostile("list limit negative", port -> request("POST", V2 + "/campaign/getAllCampaignDetails", json(), bytes("{\"limit\": -1}")),
                false, 400, "list.limit.outOfRange"));
        // methods
        for (String method : List.of("PATCH", "TRACE", "OPTIONS")) {
            all.add(new Hostile(method + " on a campaign", port -> request(method, V2 + "/campaign/" + existing, "", new byte[0]), false, 405,
                    "method-not-allowed"));
        }
        // CONNECT names a host and port, never a path
        all.add(new Hostile("CONNECT on a campaign", port -> request("CONNECT", V2 + "/campaign/" + existing, "", new byte[0]), false, 400, "bad-request"));
        all.add(new Hostile("DELETE on the create path", port -> request("DELETE", V2 + "/campaign", "", new byte[0]), false, 405, "method-not-allowed"));
        all.add(new Hostile("GET on the list path", port -> request("GET", V2 + "/campaign/getAllCampaignDetails", "", new byte[0]), false, 404,
                "campaign-not-found"));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void answeredExactlyAndTheStoreIsUnchanged(Hostile h) {
        List<StoredCampaign> before = snapshot();
        RawHttp.Answer answer = RawHttp.send(server.port(), h.request().apply(server.port()), h.closeAfterSending());
        assertThat(answer.status()).as("%s: %s", h.name(), answer.body()).isEqualTo(h.status());
        if (!h.code().isEmpty()) assertThat(codes(answer)).as("%s: %s", h.name(), answer.body()).contains(h.code());
        assertThat(answer.body()).as("never a stack trace").doesNotContain("\tat ").doesNotContain("at dev.voicecampaign");
        assertThat(snapshot()).as("store after %s", h.name()).isEqualTo(before);
    }

    @Test
    void headAnswersAsGetWouldWithoutTheBodyOrAServerWarning() {
        Logger jdk = Logger.getLogger("org.eclipse.jetty");
        List<LogRecord> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) warnings.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jdk.addHandler(capture);
        try {
            RawHttp.Answer get = RawHttp.send(server.port(), request("GET", V2 + "/campaign/" + existing, "", new byte[0]), false);
            RawHttp.Answer head = RawHttp.send(server.port(), request("HEAD", V2 + "/campaign/" + existing, "", new byte[0]), false);
            assertThat(get.status()).isEqualTo(200);
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.headers()).containsEntry("content-length", Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length))
                    .containsEntry("etag", get.headers().get("etag"));
            assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
        } finally {
            jdk.removeHandler(capture);
        }
    }

    @Test
    void echoedInputIsCutToAShortSafePrefix() {
        String longId = "c".repeat(10_000);
        for (String target : List.of(V2 + "/campaign/" + longId, "/campaign/api/v2/public/" + "s".repeat(10_000) + "/campaign/x",
                "/campaign/api/v9/" + longId, V2 + "/campaign/x%1B%5B2J")) {
            RawHttp.Answer answer = RawHttp.send(server.port(), request("GET", target, "", new byte[0]), false);
            String detail = CampaignJson.parse(answer.body().getBytes(StandardCharsets.UTF_8)).path("detail").asString("");
            // the last target's control character makes the path ambiguous: refused (400) before any handler, echoing nothing
            assertThat(answer.status()).as(target).isIn(400, 403, 404);
            assertThat(detail.length()).as(detail).isLessThan(200);
            assertThat(detail).as(detail).doesNotContain("\u001b").doesNotContain("\u001B[");
            assertThat(detail.chars()).as(detail).noneMatch(Character::isISOControl);
        }
        RawHttp.Answer trigger = RawHttp.send(server.port(), request("POST", "/api/v2/public/" + APP.streamId().value() + "/campaign/trigger/"
                + existing + "?campaignType=voice&trigger=" + "p".repeat(5_000), "", new byte[0]), false);
        assertThat(trigger.status()).isEqualTo(400);
        assertThat(CampaignJson.parse(trigger.body().getBytes(StandardCharsets.UTF_8)).path("trigger").asString()).hasSizeLessThan(100)
                .endsWith("(5000 characters)");
    }

    static long count() {
        return hostile().count();
    }

    private static List<StoredCampaign> snapshot() {
        List<StoredCampaign> all = new ArrayList<>(REPOSITORY.findAll(APP.streamId()));
        all.sort(Comparator.comparing(c -> c.id().value()));
        return all;
    }

    /** The problem type's last segment and every error's code. */
    private static List<String> codes(RawHttp.Answer answer) {
        if (answer.body().isEmpty() || !answer.headers().getOrDefault("content-type", "").contains("json")) return List.of();
        JsonNode problem = CampaignJson.parse(answer.body().getBytes(StandardCharsets.UTF_8));
        List<String> codes = new ArrayList<>();
        String type = problem.path("type").asString("");
        codes.add(type.substring(type.lastIndexOf('/') + 1));
        problem.path("errors").forEach(e -> codes.add(e.get("code").asString()));
        return codes;
    }

    private static Hostile post(String name, String body, int status, String code) {
        return new Hostile(name, port -> request("POST", CREATE, json(), bytes(body)), false, status, code);
    }

    private static Hostile get(String name, String target, int status, String code) {
        return new Hostile(name, port -> request("GET", target, "", new byte[0]), false, status, code);
    }

    private static String field(String name, String value) {
        return "{\"dialingStrategy\": {\"" + name + "\": " + value + "}}";
    }

    private static String json() {
        return "Content-Type: application/json\r\n";
    }

    private static String auth() {
        return "auth: " + TokenSigner.sign(APP.clientId(), APP.clientSecret(), CLOCK.instant(), Duration.ofHours(1)) + "\r\n"
                + "iid: " + APP.streamId().value() + "\r\naccountId: " + APP.accountId() + "\r\n";
    }

    static byte[] request(String method, String target, String extraHeaders, byte[] body) {
        String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth() + extraHeaders
                + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "") + "Connection: close\r\n\r\n";
        return concat(ascii(head), body);
    }

    private static byte[] truncated(String framing, String part) {
        return ascii("POST " + CREATE + " HTTP/1.1\r\nHost: x\r\n" + auth() + json() + framing + "Connection: close\r\n\r\n" + part);
    }

    private static byte[] chunked(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("POST " + CREATE + " HTTP/1.1\r\nHost: x\r\n" + auth() + json() + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"));
        byte[] all = bytes(body);
        for (int at = 0; at < all.length; at += 65_536) {
            int n = Math.min(65_536, all.length - at);
            out.writeBytes(ascii(Integer.toHexString(n) + "\r\n"));
            out.write(all, at, n);
            out.writeBytes(ascii("\r\n"));
        }
        out.writeBytes(ascii("0\r\n\r\n"));
        return out.toByteArray();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
