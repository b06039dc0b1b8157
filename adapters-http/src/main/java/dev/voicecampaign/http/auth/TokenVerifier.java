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
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks the {@code auth} header: a JWS in its compact form (three parts of unpadded base64url, RFC 7515)
 * signed with HS256 (nothing else: {@code none}, other HMAC sizes and public-key algorithms are refused)
 * by the client secret of the app named in its {@code appId} claim. {@code exp} is required and lies at
 * most {@link #MAX_LIFETIME} after {@code iat} (or after now, without {@code iat}); {@code iat} may not lie
 * ahead and {@code nbf} is honoured; every time allows {@link #LEEWAY} for clock skew. Refusals say what is
 * wrong, never echoing the token.
 *
 * <p>Clients send the same token with every request for its lifetime, so a token whose signature
 * checked out is remembered: by its signing input ({@code header.payload}, which is not secret),
 * with its signature, app and validity times. A request bearing it again is compared with the
 * remembered signature in constant time and has {@code exp} and {@code nbf} checked against the
 * clock as on the first request; anything else (another signature, an unknown token) takes the full
 * check. The apps and their secrets are fixed for the verifier's life, so a remembered verdict stays
 * true. At most {@link #REMEMBERED} tokens are kept; beyond that the memory starts afresh.
 */
public final class TokenVerifier {
    public static final Duration LEEWAY = Duration.ofSeconds(30);
    /** The longest a token may be valid for: from {@code iat} (or from now) to {@code exp}. */
    public static final Duration MAX_LIFETIME = Duration.ofHours(24);
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");
    /** How many verified tokens are remembered at most. */
    static final int REMEMBERED = 4096;
    static final String NOT_SIGNED_BY_A_KNOWN_APP = "the token is not signed by a known app";
    private final ServerConfig config;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** A token whose signature and claims checked out: what is left to check on each request is time. */
    private record Verified(String signature, Authentication.Authenticated app, Times times) {
    }

    /** A verified token's times: {@code expires} always, the others null when absent. */
    private record Times(Instant expires, Instant notBefore, Instant issuedAt) {
    }

    public TokenVerifier(ServerConfig config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Authentication verify(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) return new Authentication.Unauthenticated("the auth header is missing");
        String token = header.get().strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) token = token.substring(7).strip();
        int lastDot = token.lastIndexOf('.');
        if (lastDot > 0) {
            Verified known = verified.get(token.substring(0, lastDot));
            if (known != null && sameInConstantTime(known.signature(), token, lastDot + 1)) {
                return inTime(known.app(), known.times());
            }
        }
        if (!isCompact(token)) return new Authentication.Unauthenticated("the token is not three parts of unpadded base64url");
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
        Instant expires = instant(claims.getExpirationTime());
        if (expires == null) return new Authentication.Unauthenticated("the token has no exp claim");
        Times times = new Times(expires, instant(claims.getNotBeforeTime()), instant(claims.getIssueTime()));
        Authentication.Authenticated authenticated = new Authentication.Authenticated(app.get());
        remember(token, lastDot, new Verified(token.substring(lastDot + 1), authenticated, times));
        return inTime(authenticated, times);
    }

    private Authentication inTime(Authentication.Authenticated app, Times times) {
        Instant now = clock.instant();
        if (times.expires().plus(LEEWAY).isBefore(now)) return new Authentication.Unauthenticated("the token has expired");
        if (times.notBefore() != null && times.notBefore().minus(LEEWAY).isAfter(now)) {
            return new Authentication.Unauthenticated("the token is not valid yet");
        }
        if (times.issuedAt() != null && times.issuedAt().minus(LEEWAY).isAfter(now)) {
            return new Authentication.Unauthenticated("the token was issued in the future");
        }
        Instant from = times.issuedAt() != null ? times.issuedAt() : now;
        if (times.expires().isAfter(from.plus(MAX_LIFETIME).plus(LEEWAY))) {
            return new Authentication.Unauthenticated("the token is valid for longer than the " + MAX_LIFETIME.toHours() + " hours allowed");
        }
        return app;
    }

    /** Whether the token is three parts, each the one unpadded base64url spelling of its bytes (RFC 7515 compact form). */
    private static boolean isCompact(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) return false;
        for (String part : parts) {
            if (!BASE64URL.matcher(part).matches()) return false;
            byte[] bytes;
            try {
                bytes = Base64.getUrlDecoder().decode(part);
            } catch (IllegalArgumentException e) {
                return false;
            }
            if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(part)) return false;
        }
        return true;
    }

    private void remember(String token, int lastDot, Verified entry) {
        // a parsed JWS has exactly three parts, so its last dot splits off the signature
        if (lastDot <= 0) return;
        if (verified.size() >= REMEMBERED) verified.clear();
        verified.put(token.substring(0, lastDot), entry);
    }

    /** Whether {@code token} from {@code from} on is {@code expected}, in a time that depends on {@code expected}'s length only. */
    private static boolean sameInConstantTime(String expected, String token, int from) {
        int length = token.length() - from;
        int difference = expected.length() ^ length;
        for (int i = 0; i < expected.length(); i++) difference |= expected.charAt(i) ^ (i < length ? token.charAt(from + i) : 0);
        return difference == 0;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** How many verified tokens are remembered now (for tests). */
    int remembered() {
        return verified.size();
    }
}
