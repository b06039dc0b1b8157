package dev.voicecampaign.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.lifecycle.LifecycleEvent;
import dev.voicecampaign.core.lifecycle.Transition;
import dev.voicecampaign.core.support.Seeds;
import java.util.EnumSet;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random event sequences through the service: the machine's definition is the only source of moves. */
class LifecyclePropertyTest {
    static Stream<Long> seeds() {
        return Seeds.stream(200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomEventsOnlyEverTakeListedTransitions(long seed) {
        SplittableRandom random = Seeds.random(seed);
        ServiceFixture f = new ServiceFixture();
        StoredCampaign current = ((CampaignOutcome.Done) f.service.create(f.stream, CampaignServiceTest.draft("P"))).campaign();
        for (int step = 0; step < 40; step++) {
            LifecycleEvent event = LifecycleEvent.values()[random.nextInt(LifecycleEvent.values().length)];
            CampaignStatus before = current.status();
            CampaignOutcome outcome = event == LifecycleEvent.PREPARED && random.nextBoolean()
                    ? f.service.prepare(f.stream, current.id())
                    : f.service.fire(f.stream, current.id(), event);
            StoredCampaign after = f.repository.find(f.stream, current.id()).orElseThrow();
            String where = Seeds.replay(seed) + " step " + step + " " + before + " --" + event + "-->";
            assertThat(EnumSet.allOf(CampaignStatus.class)).as(where).contains(after.status());
            switch (outcome) {
                case CampaignOutcome.Done done -> {
                    Transition t = f.service.lifecycle().transitions().stream()
                            .filter(x -> x.from() == before && x.to() == after.status()).findFirst().orElse(null);
                    assertThat(t).as(where + " must be a listed transition").isNotNull();
                    assertThat(after.version()).as(where).isEqualTo(current.version() + 1);
                    assertThat(after.instanceId().equals(current.instanceId())).as(where + " instance")
                            .isEqualTo(!t.startsNewInstance());
                }
                case CampaignOutcome.Refused refused -> {
                    assertThat(f.service.lifecycle().fire(before, event).isLeft()).as(where).isTrue();
                    assertThat(after).as(where + " unchanged").isEqualTo(current);
                }
                default -> throw new AssertionError(where + " unexpected " + outcome);
            }
            current = after;
        }
    }
}
