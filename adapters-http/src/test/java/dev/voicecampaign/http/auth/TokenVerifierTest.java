package dev.voicecampaign.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.voicecampaign.core.inmemory.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    final TokenVerifier verifier = new TokenVerifier(DemoConfig.standard(), clock);
    final AppConfig demo = DemoConfig.standard().apps().get(0);

    String reason(String token) {
        return switch (verifier.verify(Optional.ofNullable(token))) {
            case Authentication.Authenticated a -> "ok " + a.app().clientId();
            case Authentication.Unauthenticated u -> u.reason();
        };
    }

    static String sign(JWSAlgorithm alg, String secret, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(alg), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Test
    void aTokenSignedWithTheAppsSecretIsAccepted() {
        String token = TokenSigner.sign(demo.clientId(), demo.clientSecret(), clock.instant(), Duration.ofMinutes(5));
        assertThat(reason(token)).isEqualTo("ok cs-demo-client");
        assertThat(reason("Bearer " + token)).isEqualTo("ok cs-demo-client");
    }

    @Test
    void expiryIsHonouredWithThirtySecondsOfLeeway() {
        String token = TokenSigner.sign(demo.clientId(), demo.clientSecret(), clock.instant(), Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5).plusSeconds(30));
        assertThat(reason(token)).isEqualTo("ok cs-demo-client");
        clock.advance(Duration.ofSeconds(1));
        assertThat(reason(token)).isEqualTo("the token has expired");
    }

    @Test
    void everythingElseIsRefused() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("appId", demo.clientId()).build();
        String longSecret = demo.clientSecret() + demo.clientSecret();
        assertThat(reason(null)).isEqualTo("the auth header is missing");
        assertThat(reason("  ")).isEqualTo("the auth header is missing");
        assertThat(reason("a.b")).isEqualTo("the token is not three parts of unpadded base64url");
        assertThat(reason(sign(JWSAlgorithm.HS512, longSecret, claims))).isEqualTo("the token must be signed with HS256");
        assertThat(reason(sign(JWSAlgorithm.HS256, "x".repeat(32), claims))).isEqualTo("the token is not signed by a known app");
        assertThat(reason(sign(JWSAlgorithm.HS256, demo.clientSecret(), new JWTClaimsSet.Builder().build()))).isEqualTo("the token has no appId claim");
        assertThat(reason(sign(JWSAlgorithm.HS256, demo.clientSecret(), new JWTClaimsSet.Builder().claim("appId", "cs-nobody").build())))
                .isEqualTo("the token is not signed by a known app");
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64("{\"appId\":\"cs-demo-client\"}") + ".";
        assertThat(reason(none)).isEqualTo("the token is not a signed JWT");
    }

    @Test
    void aRememberedTokenHasItsTimesCheckedOnEveryRequest() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("appId", demo.clientId())
                .notBeforeTime(java.util.Date.from(clock.instant().plus(Duration.ofMinutes(1))))
                .expirationTime(java.util.Date.from(clock.instant().plus(Duration.ofMinutes(2)))).build();
        String token = sign(JWSAlgorithm.HS256, demo.clientSecret(), claims);
        assertThat(reason(token)).isEqualTo("the token is not valid yet");
        assertThat(verifier.remembered()).as("its signature checked out").isEqualTo(1);
        clock.advance(Duration.ofSeconds(29));
        assertThat(reason(token)).isEqualTo("the token is not valid yet");
        clock.advance(Duration.ofSeconds(1));
        assertThat(reason(token)).isEqualTo("ok cs-demo-client");
        clock.advance(Duration.ofSeconds(120));
        assertThat(reason(token)).as("exp plus the leeway").isEqualTo("ok cs-demo-client");
        clock.advance(Duration.ofSeconds(1));
        assertThat(reason(token)).isEqualTo("the token has expired");
        assertThat(reason(" Bearer  " + token)).isEqualTo("the token has expired");
    }

    @Test
    void aRememberedTokenLendsNothingToAnotherSignature() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("appId", demo.clientId())
                .expirationTime(java.util.Date.from(clock.instant().plus(Duration.ofMinutes(5)))).build();
        String token = sign(JWSAlgorithm.HS256, demo.clientSecret(), claims);
        assertThat(reason(token)).isEqualTo("ok cs-demo-client");
        String signingInput = token.substring(0, token.lastIndexOf('.') + 1);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String forged = sign(JWSAlgorithm.HS256, "y".repeat(32), claims);
        assertThat(forged).startsWith(signingInput);
        assertThat(reason(forged)).isEqualTo("the token is not signed by a known app");
        assertThat(reason(signingInput)).isEqualTo("the token is not a signed JWT");
        assertThat(reason(signingInput + signature.substring(0, signature.length() - 1))).isNotEqualTo("ok cs-demo-client");
        assertThat(reason(signingInput + signature + "A")).isNotEqualTo("ok cs-demo-client");
        char last = signature.charAt(signature.length() - 1);
        String flipped = signingInput + signature.substring(0, signature.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(reason(flipped)).isNotEqualTo("ok cs-demo-client");
        assertThat(reason(token)).isEqualTo("ok cs-demo-client");
    }

    @Test
    void theMemoryOfVerifiedTokensIsBounded() {
        for (int i = 0; i <= TokenVerifier.REMEMBERED; i++) {
            String token = TokenSigner.sign(demo.clientId(), demo.clientSecret(), clock.instant().minusSeconds(i), Duration.ofMinutes(90));
            assertThat(reason(token)).isEqualTo("ok cs-demo-client");
            assertThat(verifier.remembered()).isBetween(1, TokenVerifier.REMEMBERED);
        }
    }

    @Test
    void aTokenMustExpireWithinTheMaximumLifetimeAndNotBeIssuedAhead() throws Exception {
        assertThat(reason(sign(JWSAlgorithm.HS256, demo.clientSecret(), new JWTClaimsSet.Builder().claim("appId", demo.clientId()).build())))
                .isEqualTo("the token has no exp claim");
        Duration longest = TokenVerifier.MAX_LIFETIME.plus(TokenVerifier.LEEWAY);
        assertThat(reason(TokenSigner.sign(demo.clientId(), demo.clientSecret(), clock.instant(), longest))).isEqualTo("ok cs-demo-client");
        assertThat(reason(TokenSigner.sign(demo.clientId(), demo.clientSecret(), clock.instant(), longest.plusSeconds(1))))
                .isEqualTo("the token is valid for longer than the 24 hours allowed");
        Instant ahead = clock.instant().plus(TokenVerifier.LEEWAY);
        assertThat(reason(TokenSigner.sign(demo.clientId(), demo.clientSecret(), ahead, Duration.ofHours(1)))).isEqualTo("ok cs-demo-client");
        assertThat(reason(TokenSigner.sign(demo.clientId(), demo.clientSecret(), ahead.plusSeconds(1), Duration.ofHours(1))))
                .isEqualTo("the token was issued in the future");
    }

    @Test
    void onlyTheCompactUnpaddedBase64urlFormIsAccepted() {
        String token = TokenSigner.sign(demo.clientId(), demo.clientSecret(), clock.instant(), Duration.ofMinutes(5));
        assertThat(reason(token)).isEqualTo("ok cs-demo-client");
        String[] parts = token.split("\\.");
        byte[] payload = java.util.Base64.getUrlDecoder().decode(parts[1]);
        String padded = parts[0] + "." + java.util.Base64.getUrlEncoder().encodeToString(payload) + "." + parts[2];
        if (!padded.equals(token)) assertThat(reason(padded)).isEqualTo("the token is not three parts of unpadded base64url");
        assertThat(reason(token + "=")).isEqualTo("the token is not three parts of unpadded base64url");
        assertThat(reason(token + ".x")).isEqualTo("the token is not three parts of unpadded base64url");
        assertThat(reason(token.replace('-', '+').replace('_', '/') + (token.matches(".*[-_].*") ? "" : "+")))
                .isEqualTo("the token is not three parts of unpadded base64url");
    }

    static String b64(String s) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
