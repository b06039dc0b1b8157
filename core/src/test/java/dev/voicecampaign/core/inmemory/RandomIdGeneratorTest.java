package dev.voicecampaign.core.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.CampaignId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RandomIdGeneratorTest {
    @Test
    void campaignIdsAreVersionSevenUuidsLedByTheirMillisecond() {
        Instant now = Instant.parse("2026-11-23T10:15:30.123Z");
        RandomIdGenerator ids = new RandomIdGenerator(java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
        CampaignId id = ids.newCampaignId();
        assertThat(CampaignId.isShaped(id.value())).isTrue();
        UUID uuid = UUID.fromString(id.value().substring(3));
        assertThat(uuid.version()).isEqualTo(7);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(uuid.getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
        assertThat(uuid.toString()).isEqualTo(id.value().substring(3)).as("lower-case, canonical");
    }

    @Test
    void idsIssuedInLaterMillisecondsSortLaterAndNoneRepeats() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:15:30Z"));
        RandomIdGenerator ids = new RandomIdGenerator(clock);
        List<String> issued = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        for (int ms = 0; ms < 2000; ms++) {
            String first = null;
            for (int i = 0; i < 50; i++) {
                String id = ids.newCampaignId().value();
                assertThat(distinct.add(id)).as("issued twice: %s", id).isTrue();
                if (first == null) first = id;
            }
            issued.add(first);
            clock.advance(Duration.ofMillis(1));
        }
        assertThat(issued).isSorted();
    }

    @Test
    void theRandomPartIsRandom() {
        RandomIdGenerator ids = new RandomIdGenerator(java.time.Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC));
        long ones = 0;
        int n = 4000;
        for (int i = 0; i < n; i++) {
            UUID uuid = UUID.fromString(ids.newCampaignId().value().substring(3));
            ones += Long.bitCount(uuid.getMostSignificantBits() & 0x0fffL) + Long.bitCount(uuid.getLeastSignificantBits() & 0x3fff_ffff_ffff_ffffL);
        }
        double share = (double) ones / (n * 74.0);
        assertThat(share).isBetween(0.49, 0.51);
    }
}
