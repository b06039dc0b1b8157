package dev.voicecampaign.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the {@code auth} header: a JWS signed with HS256 (nothing else: {@code none}, other HMAC
 * sizes and public-key algorithms are refused) by the client secret of the app named in its
 * {@code appId} claim; {@code exp} and {@code nbf}, when present, are honoured with {@link #LEEWAY}
 * for clock skew.
 */
public final class TokenVerifier {
    public static final Duration LEEWAY = Duration.ofSeconds(30);
    static final String NOT_SIGNED_BY_A_KNOWN_APP = "the token is not signed by a known app";
    private final ServerConfig config;
    private final Clock clock;

    public TokenVerifier(ServerConfig config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Authentication verify(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) return new Authentication.Unauthenticated("the auth header is missing");
        String token = header.get().strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) token = token.substring(7).strip();
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            return new Authentication.Unauthenticated("the token is not a signed JWT");
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            return new Authentication.Unauthenticated("the token must be signed with HS256");
        }
        JWTClaimsSet claims;
        String appId;
        try {
            claims = jwt.getJWTClaimsSet();
            appId = claims.getStringClaim("appId");
        } catch (ParseException e) {
            return new Authentication.Unauthenticated("the token's claims are malformed");
        }
        if (appId == null) return new Authentication.Unauthenticated("the token has no appId claim");
        Optional<AppConfig> app = config.byClientId(appId);
        // One answer for an unknown app and a wrong signature, so client ids cannot be probed.
        if (app.isEmpty()) return new Authentication.Unauthenticated(NOT_SIGNED_BY_A_KNOWN_APP);
        try {
            if (!jwt.verify(new MACVerifier(app.get().clientSecret().getBytes(StandardCharsets.UTF_8)))) {
                return new Authentication.Unauthenticated(NOT_SIGNED_BY_A_KNOWN_APP);
            }
        } catch (JOSEException e) {
            return new Authentication.Unauthenticated("the token's signature cannot be checked");
        }
        Date exp = claims.getExpirationTime();
        if (exp != null && exp.toInstant().plus(LEEWAY).isBefore(clock.instant())) {
            return new Authentication.Unauthenticated("the token has expired");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().minus(LEEWAY).isAfter(clock.instant())) {
            return new Authentication.Unauthenticated("the token is not valid yet");
        }
        return new Authentication.Authenticated(app.get());
    }
}
