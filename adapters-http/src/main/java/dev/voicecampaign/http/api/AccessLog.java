package dev.voicecampaign.http.api;

import java.util.Objects;

/** Driven port: where a line per answered request goes (an operator's access log). Never a token nor a body. */
@FunctionalInterface
public interface AccessLog {
    /** One answered request: what was asked, of which route and app, and how it went. */
    record Access(String method, String route, int status, int bytes, double millis, String app, String requestId) {
        public Access {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(requestId, "requestId");
        }
    }

    void record(Access access);

    /** No access log (the default). */
    static AccessLog none() {
        return access -> { };
    }
}
