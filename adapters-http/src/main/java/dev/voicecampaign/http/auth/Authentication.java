package dev.voicecampaign.http.auth;

/** Who sent a request, or why we cannot tell. */
public sealed interface Authentication {
    record Authenticated(AppConfig app) implements Authentication {
    }

    /** No usable token: missing, malformed, wrong algorithm, bad signature, unknown app or expired. */
    record Unauthenticated(String reason) implements Authentication {
    }
}
