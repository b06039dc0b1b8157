package dev.voicecampaign.http;

import static dev.voicecampaign.http.ServerFixture.DEMO;
import static dev.voicecampaign.http.ServerFixture.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.voicecampaign.http.ServerFixture.Answer;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.json.GoldenSamples;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Attacks on authentication and tenancy over real sockets, each with its documented answer, and
 * proof that no answer tells whether another tenant's campaign exists.
 */
class AuthAttackTest {
    static ServerFixture f;
    static String demoCampaign;
    static String otherCampaign;

    /** One request: headers to send as the given path's tenant, and the status and reason expected. */
    record Attack(String name, String streamInPath, List<String> headers, int status, String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() {
        f = new ServerFixture();
        demoCampaign = f.call("POST", ServerFixture.V2 + "/campaign?campaignType=voice", GoldenSamples.request("agentless-v2"))
                .json().get("data").get("id").asString();
        otherCampaign = createForOther();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** The other tenant has its own names; a minimal valid body for it comes from its configuration. */
    private static String createForOther() {
        String body = """
                {"name": "Theirs", "description": "", "contactLists": ["%s"], "dncLists": {"name": "%s"}, "priority": "1",
                 "dialingMode": "Progressive", "queue_name": "%s", "campaignType": "voice",
                 "dialingStrategy": {"callerId": {"phoneNumber": "%s"}, "callingHours": {"frequency": "DAILY", "timezone": "UTC",
                   "days": [{"start": "9:00 AM", "end": "5:00 PM"}]}, "dialingOrder": "FIFO", "maxAttemptsPerRecord": 1,
                   "defaultRetryPeriod": 1, "maxRingTime": 5}}
                """.formatted(OTHER.contactLists().getFirst(), OTHER.dncLists().getFirst(), OTHER.queues().getFirst(), OTHER.callerIds().getFirst());
        Answer created = f.callAs(OTHER, "POST", "/campaign/api/v2/public/" + OTHER.streamId().value() + "/campaign?campaignType=voice",
                ServerFixture.bytes(body));
        assertThat(created.status()).as(new String(created.raw().body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return created.json().get("data").get("id").asString();
    }

    static Stream<Attack> attacks() throws Exception {
        Instant now = f == null ? Instant.now() : f.clock.instant();
        String demoStream = DEMO.streamId().value();
        String otherStream = OTHER.streamId().value();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("appId", DEMO.clientId()).build();
        String valid = token(DEMO, now, Duration.ofHours(1));
        List<Attack> all = new ArrayList<>();
        all.add(new Attack("no auth header", demoStream, List.of("iid", demoStream), 401, "the auth header is missing"));
        all.add(new Attack("empty auth header", demoStream, List.of("auth", " ", "iid", demoStream), 401, "the auth header is missing"));
        all.add(new Attack("not a JWT", demoStream, headers("not-a-token", demoStream), 401, "the token is not three parts of unpadded base64url"));
        all.add(new Attack("three garbage parts", demoStream, headers("a.b.c", demoStream), 401, "the token is not three parts of unpadded base64url"));
        all.add(new Attack("three base64url parts that are not JSON", demoStream, headers("YWJj.YWJj.YWJj", demoStream), 401,
                "the token is not a signed JWT"));
        all.add(new Attack("wrong signature", demoStream, headers(hs256("x".repeat(40), claims), demoStream), 401,
                "the token is not signed by a known app"));
        all.add(new Attack("signed with the other app's secret, claiming the demo app", demoStream,
                headers(hs256(OTHER.clientSecret(), claims), demoStream), 401, "the token is not signed by a known app"));
        all.add(new Attack("unknown appId", demoStream, headers(hs256(DEMO.clientSecret(),
                new JWTClaimsSet.Builder().claim("appId", "cs-nobody").build()), demoStream), 401, "the token is not signed by a known app"));
        all.add(new Attack("no appId", demoStream, headers(hs256(DEMO.clientSecret(), new JWTClaimsSet.Builder().build()), demoStream),
                401, "the token has no appId claim"));
        all.add(new Attack("alg none", demoStream, headers(b64("{\"alg\":\"none\"}") + "." + b64("{\"appId\":\"" + DEMO.clientId() + "\"}") + ".",
                demoStream), 401, "the token is not a signed JWT"));
        all.add(new Attack("alg RS256 with an HMAC signature", demoStream, headers(manual("RS256", "HmacSHA256", DEMO), demoStream), 401,
                "the token must be signed with HS256"));
        all.add(new Attack("alg HS512", demoStream, headers(manual("HS512", "HmacSHA512", DEMO), demoStream), 401,
                "the token must be signed with HS256"));
        all.add(new Attack("alg HS256 in the header, HS512 signature", demoStream, headers(manual("HS256", "HmacSHA512", DEMO), demoStream),
                401, "the token is not signed by a known app"));
        all.add(new Attack("expired an hour ago", demoStream, headers(token(DEMO, now.minus(Duration.ofHours(2)), Duration.ofHours(1)), demoStream),
                401, "the token has expired"));
        all.add(new Attack("not valid for another hour", demoStream, headers(hs256(DEMO.clientSecret(), new JWTClaimsSet.Builder()
                .claim("appId", DEMO.clientId()).notBeforeTime(Date.from(now.plus(Duration.ofHours(1))))
                .expirationTime(Date.from(now.plus(Duration.ofHours(2)))).build()), demoStream), 401, "the token is not valid yet"));
        all.add(new Attack("no exp", demoStream, headers(hs256(DEMO.clientSecret(), claims), demoStream), 401, "the token has no exp claim"));
        all.add(new Attack("valid for a year", demoStream, headers(token(DEMO, now, Duration.ofDays(365)), demoStream), 401,
                "the token is valid for longer than the 24 hours allowed"));
        all.add(new Attack("no iat, exp a year ahead", demoStream, headers(hs256(DEMO.clientSecret(), new JWTClaimsSet.Builder()
                .claim("appId", DEMO.clientId()).expirationTime(Date.from(now.plus(Duration.ofDays(365)))).build()), demoStream), 401,
                "the token is valid for longer than the 24 hours allowed"));
        all.add(new Attack("issued a year ahead", demoStream, headers(token(DEMO, now.plus(Duration.ofDays(365)), Duration.ofHours(1)), demoStream),
                401, "the token was issued in the future"));
        String signingInput = valid.substring(0, valid.lastIndexOf('.') + 1);
        byte[] signature = java.util.Base64.getUrlDecoder().decode(valid.substring(valid.lastIndexOf('.') + 1));
        all.add(new Attack("signature in standard base64 with padding", demoStream,
                headers(signingInput + java.util.Base64.getEncoder().encodeToString(signature), demoStream), 401, "the token is not three parts of unpadded base64url"));
        all.add(new Attack("signature in base64url with padding", demoStream,
                headers(signingInput + java.util.Base64.getUrlEncoder().encodeToString(signature), demoStream), 401, "the token is not three parts of unpadded base64url"));
        all.add(new Attack("signature with non-zero unused bits", demoStream, headers(signingInput + withUnusedBitSet(signature), demoStream),
                401, "the token is not three parts of unpadded base64url"));
        all.add(new Attack("another tenant's token on my path", demoStream, headers(token(OTHER, now, Duration.ofHours(1)), demoStream), 403,
                "the token's app does not own stream " + demoStream));
        all.add(new Attack("my token, another tenant's path", otherStream, headers(valid, otherStream), 403,
                "the token's app does not own stream " + otherStream));
        all.add(new Attack("my token and path, another tenant's iid header", demoStream, headers(valid, otherStream), 403,
                "the token's app does not own stream " + demoStream));
        all.add(new Attack("header names in capitals", demoStream, List.of("AUTH", valid, "IID", demoStream, "ACCOUNTID", DEMO.accountId()), 200, ""));
        all.add(new Attack("Bearer prefix", demoStream, headers("Bearer " + valid, demoStream), 200, ""));
        return all.stream();
    }

    /** The signature's base64url spelling with its last character's unused low bit set: the same bytes, spelled otherwise. */
    static String withUnusedBitSet(byte[] signature) {
        String canonical = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(canonical.charAt(canonical.length() - 1));
        String other = canonical.substring(0, canonical.length() - 1) + alphabet.charAt(last | 1);
        assertThat(java.util.Base64.getUrlDecoder().decode(other)).as("decodes to the same bytes").isEqualTo(signature);
        return other;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void eachAttackGetsItsDocumentedAnswer(Attack a) {
        String id = a.streamInPath().equals(DEMO.streamId().value()) ? demoCampaign : otherCampaign;
        Answer answer = f.send("GET", "/campaign/api/v2/public/" + a.streamInPath() + "/campaign/" + id, null, a.headers().toArray(String[]::new));
        assertThat(answer.status()).as(a.name()).isEqualTo(a.status());
        if (a.status() != 200) assertThat(answer.json().get("detail").asString()).as(a.name()).isEqualTo(a.detail());
    }

    @Test
    void anotherTenantsCampaignLooksExactlyLikeOneThatDoesNotExist() {
        Answer theirs = f.call("GET", ServerFixture.V2 + "/campaign/" + otherCampaign, null);
        Answer nobodys = f.call("GET", ServerFixture.V2 + "/campaign/cd-does-not-exist", null);
        assertThat(theirs.status()).isEqualTo(404).isEqualTo(nobodys.status());
        assertThat(masked(theirs.json(), otherCampaign)).isEqualTo(masked(nobodys.json(), "cd-does-not-exist"));
        for (String method : List.of("PUT", "DELETE")) {
            byte[] body = method.equals("PUT") ? GoldenSamples.request("agentless-v2") : null;
            Answer t = f.call(method, ServerFixture.V2 + "/campaign/" + otherCampaign + "?campaignType=voice", body);
            Answer n = f.call(method, ServerFixture.V2 + "/campaign/cd-does-not-exist?campaignType=voice", body);
            assertThat(t.status()).as(method).isEqualTo(n.status()).isEqualTo(404);
            assertThat(masked(t.json(), otherCampaign)).as(method).isEqualTo(masked(n.json(), "cd-does-not-exist"));
        }
        Answer trigger = f.call("POST", "/api/v2/public/" + DEMO.streamId().value() + "/campaign/trigger/" + otherCampaign
                + "?campaignType=voice&trigger=play", ServerFixture.bytes("{}"));
        assertThat(trigger.status()).isEqualTo(404);
        Answer stillThere = f.callAs(OTHER, "GET", "/campaign/api/v2/public/" + OTHER.streamId().value() + "/campaign/" + otherCampaign, null);
        assertThat(stillThere.json().get("data").get("status").asString()).as("untouched by the attempts").isEqualTo("Ready");
    }

    /** The problem with the campaign id masked, and without its instance: each request has an id of its own. */
    private static String masked(JsonNode problem, String id) {
        return ((tools.jackson.databind.node.ObjectNode) problem.deepCopy()).without("instance").toString().replace(id, "<id>");
    }

    private static List<String> headers(String token, String iid) {
        return List.of("auth", token, "iid", iid, "accountId", DEMO.accountId());
    }

    private static String token(AppConfig app, Instant issuedAt, Duration lifetime) {
        return dev.voicecampaign.http.auth.TokenSigner.sign(app.clientId(), app.clientSecret(), issuedAt, lifetime);
    }

    private static String hs256(String secret, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    /** A token whose header names {@code alg} but whose signature is an HMAC of the given kind with the app's secret. */
    private static String manual(String alg, String hmac, AppConfig app) throws Exception {
        String signingInput = b64("{\"alg\":\"" + alg + "\"}") + "." + b64("{\"appId\":\"" + app.clientId() + "\"}");
        Mac mac = Mac.getInstance(hmac);
        mac.init(new SecretKeySpec(app.clientSecret().getBytes(StandardCharsets.UTF_8), hmac));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
