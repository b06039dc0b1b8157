package dev.voicecampaign.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Signs the {@code auth} token as the hosted API expects: HS256 with the app's client secret, claim {@code appId} = client id. */
public final class TokenSigner {
    private TokenSigner() {
    }

    public static String sign(String clientId, String clientSecret, Instant issuedAt, Duration lifetime) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("appId", clientId).issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(clientSecret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalArgumentException("cannot sign with this secret: " + e.getMessage(), e);
        }
    }
}
