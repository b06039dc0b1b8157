package dev.voicecampaign.core.inmemory;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.InstanceId;
import dev.voicecampaign.core.port.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Unguessable ids shaped like the hosted API's ({@code cd-<uuid>}, {@code ci-<uuid>}), from a secure
 * random source.
 *
 * <p>Campaign ids are time-ordered UUIDs (version 7, RFC 9562): the creation time in milliseconds,
 * then 74 secure random bits, so ids issued later sort later. A database keeps campaigns in a B-tree
 * by id; random ids (version 4) put every new campaign on a different page, which a store that
 * rewrites whole pages on each commit (H2's MVStore) pays for on every create. Ordered ids land on
 * the last pages. The creation time they carry is no secret: every response shows {@code createdAt}.
 * Instance ids are random (version 4): nothing indexes them.
 */
public final class RandomIdGenerator implements IdGenerator {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Clock clock;

    public RandomIdGenerator() {
        this(Clock.systemUTC());
    }

    /** With the clock whose milliseconds lead each campaign id. */
    public RandomIdGenerator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CampaignId newCampaignId() {
        return new CampaignId("cd-" + timeOrdered(clock.millis()));
    }

    @Override
    public InstanceId newInstanceId() {
        return new InstanceId("ci-" + UUID.randomUUID());
    }

    /** A version 7 UUID: 48 bits of {@code millis}, the version, 12 random bits, the variant, 62 random bits. */
    static UUID timeOrdered(long millis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long randA = ((random[0] & 0xffL) << 8 | (random[1] & 0xffL)) & 0x0fffL;
        long randB = 0;
        for (int i = 2; i < 10; i++) randB = randB << 8 | (random[i] & 0xffL);
        long high = (millis & 0xffff_ffff_ffffL) << 16 | 0x7000L | randA;
        long low = randB & 0x3fff_ffff_ffff_ffffL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
