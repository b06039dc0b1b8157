package dev.voicecampaign.http.auth;

import dev.voicecampaign.core.campaign.StreamId;
import java.util.List;

/**
 * The configuration the server runs with when given none: one app whose directories hold every
 * name the seeds' samples use (their masked caller ids completed with digits), so the samples can be
 * sent as they are. Its credentials are public: for local trials only.
 */
public final class DemoConfig {
    public static final String STREAM_ID = "st-0603182c-7ffb-53c3-b307-47ca14b9demo";
    public static final String ACCOUNT_ID = "67777ce93e25326494e9demo";
    public static final String CLIENT_ID = "cs-demo-client";
    public static final String CLIENT_SECRET = "demo-secret-for-local-trials-only-0123456789";

    private DemoConfig() {
    }

    public static ServerConfig standard() {
        return new ServerConfig(List.of(new AppConfig(new StreamId(STREAM_ID), ACCOUNT_ID, CLIENT_ID, CLIENT_SECRET,
                List.of("CL Only 2020 Dec 4", "Recent Buyers - Q2 2025"), List.of("DNC CL Dec 4"), List.of("Default Queue"),
                List.of("Voice Survey Entry Flow"), List.of("+14846512345", "+18163312345", "+18123456789"))));
    }
}
