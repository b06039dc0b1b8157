package dev.voicecampaign.http.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.inmemory.MutableClock;
import dev.voicecampaign.http.auth.AccountRateLimit;
import dev.voicecampaign.http.auth.SharedRateLimit;
import dev.voicecampaign.jdbc.CampaignDatabase;
import dev.voicecampaign.jdbc.DatabaseTarget;
import dev.voicecampaign.jdbc.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The per-account limit holds across instances on one PostgreSQL database: two servers with their own connection pools
 * admit the limit once between them, not once each.
 */
class SharedRateLimitTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-08T14:30:00Z"));

    @Test
    void twoInstancesAdmitTheLimitOnceBetweenThemAndAgainAfterAMinute() {
        DatabaseTarget target = TestPostgres.shared().newDatabase();
        try (CampaignDatabase first = CampaignDatabase.open(target); CampaignDatabase second = CampaignDatabase.open(target)) {
            AccountRateLimit a = new SharedRateLimit(first.dataSource(), 5, clock);
            AccountRateLimit b = new SharedRateLimit(second.dataSource(), 5, clock);
            List<Optional<Duration>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) answers.add((i % 2 == 0 ? a : b).acquire("acc-1"));
            assertThat(answers.subList(0, 5)).allSatisfy(wait -> assertThat(wait).isEmpty());
            assertThat(answers.get(5)).hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
            assertThat(a.acquire("acc-2")).as("another account has its own bucket").isEmpty();

            assertThat(new SharedRateLimit(second.dataSource(), 10, clock).acquire("acc-1"))
                    .as("an instance started with another limit counts in a bucket of its own").isEmpty();

            clock.advance(Duration.ofMinutes(1));
            assertThat(b.acquire("acc-1")).isEmpty();
        }
    }

    @Test
    void overHttpTheSecondInstanceRefusesWhatTheFirstUsedUp() throws Exception {
        DatabaseTarget target = TestPostgres.shared().newDatabase();
        try (ServerInstance one = new ServerInstance(target, clock, 3); ServerInstance two = new ServerInstance(target, clock, 3)) {
            ApiClient.Answer created = one.client.create("Shared limit", "one of three");
            assertThat(created.status()).isEqualTo(200);
            String id = created.data().get("id").asString();
            assertThat(two.client.get(id).status()).isEqualTo(200);
            assertThat(one.client.get(id).status()).isEqualTo(200);
            ApiClient.Answer refused = two.client.get(id);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().get("detail").asString()).isEqualTo(AccountRateLimit.MESSAGE);
            clock.advance(Duration.ofMinutes(1));
            assertThat(two.client.get(id).status()).isEqualTo(200);
        }
    }

    @Test
    void aDatabaseThatCannotCountIsAStorageFailureNotAnUnknownError() {
        DatabaseTarget target = TestPostgres.shared().newDatabase();
        CampaignDatabase database = CampaignDatabase.open(target);
        AccountRateLimit limit = new SharedRateLimit(database.dataSource(), 5, clock);
        database.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> limit.acquire("acc-1")).isInstanceOf(dev.voicecampaign.core.port.StorageFailure.class);
    }
}
