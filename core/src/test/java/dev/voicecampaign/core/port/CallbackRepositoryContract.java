package dev.voicecampaign.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.callback.Callback;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CallbackRepository} must do. An implementation's test extends this class and supplies a fresh,
 * empty repository; core's test jar publishes it for the adapters.
 */
public abstract class CallbackRepositoryContract {
    protected static final StreamId A = new StreamId("st-a");
    protected static final StreamId B = new StreamId("st-b");
    protected static final CampaignId SPRING = new CampaignId("cd-spring");
    protected static final CampaignId AUTUMN = new CampaignId("cd-autumn");
    protected static final Instant T0 = Instant.parse("2026-12-08T14:30:00.123456789Z");
    private CallbackRepository repository;

    /** A new, empty repository. */
    protected abstract CallbackRepository emptyRepository();

    /** Stores a campaign the callbacks can belong to, where the storage requires one (a database keeps callbacks with their campaign). */
    protected void campaignExists(StreamId stream, CampaignId campaign) {
    }

    @BeforeEach
    void freshRepository() {
        repository = emptyRepository();
        for (StreamId stream : new StreamId[] {A, B}) {
            for (CampaignId campaign : new CampaignId[] {SPRING, AUTUMN}) campaignExists(stream, campaign);
        }
    }

    protected static Callback callback(StreamId stream, CampaignId campaign, String id, long minutesAfterT0) {
        return new Callback(id, stream, campaign, "+12125551234", Optional.of("c-1"), T0.plusSeconds(60 * minutesAfterT0),
                Optional.of("asked for the afternoon"), T0.minusSeconds(3600));
    }

    @Test
    void callbacksArePagedSoonestFirstWithinTheirWindow() {
        repository.insert(callback(A, SPRING, "cb-3", 30));
        repository.insert(callback(A, SPRING, "cb-1", 0));
        repository.insert(callback(A, SPRING, "cb-2", 10));
        repository.insert(callback(A, SPRING, "cb-0", 10));
        repository.insert(callback(A, SPRING, "cb-4", 60));
        Page<Callback> all = repository.due(A, SPRING, Instant.MIN, Instant.MAX, 0, 10);
        assertThat(all.items()).extracting(Callback::id).containsExactly("cb-1", "cb-0", "cb-2", "cb-3", "cb-4");
        assertThat(all.items().get(0)).isEqualTo(callback(A, SPRING, "cb-1", 0));
        Page<Callback> window = repository.due(A, SPRING, T0.plusSeconds(600), T0.plusSeconds(3600), 1, 2);
        assertThat(window.items()).extracting(Callback::id).containsExactly("cb-2", "cb-3");
        assertThat(window.total()).isEqualTo(3);
        assertThat(window.hasMore()).isFalse();
        assertThat(repository.due(A, SPRING, T0, T0.plusSeconds(1200), 0, 1).hasMore()).isTrue();
    }

    @Test
    void eachCampaignAndAppSeesOnlyItsOwn() {
        repository.insert(callback(A, SPRING, "cb-1", 0));
        repository.insert(callback(A, AUTUMN, "cb-2", 0));
        repository.insert(callback(B, SPRING, "cb-3", 0));
        assertThat(repository.due(A, SPRING, Instant.MIN, Instant.MAX, 0, 10).items()).extracting(Callback::id).containsExactly("cb-1");
        assertThat(repository.delete(B, SPRING, "cb-1")).isFalse();
        assertThat(repository.delete(A, AUTUMN, "cb-1")).isFalse();
        assertThat(repository.delete(A, SPRING, "cb-1")).isTrue();
        assertThat(repository.delete(A, SPRING, "cb-1")).isFalse();
        assertThat(repository.due(A, SPRING, Instant.MIN, Instant.MAX, 0, 10).items()).isEmpty();
        assertThat(repository.due(A, AUTUMN, Instant.MIN, Instant.MAX, 0, 10).items()).hasSize(1);
    }

    @Test
    void aCallbackWithoutContactOrNoteIsKeptAsSuch() {
        Callback bare = new Callback("cb-1", A, SPRING, "+442079460000", Optional.empty(), T0, Optional.empty(), T0);
        repository.insert(bare);
        assertThat(repository.due(A, SPRING, T0, T0.plusNanos(1), 0, 10).items()).containsExactly(bare);
    }
}
