package dev.voicecampaign.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.InstanceId;
import dev.voicecampaign.core.campaign.PreviewCampaign;
import dev.voicecampaign.core.campaign.ResolvedReferences;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.core.hours.WireDay;
import dev.voicecampaign.core.hours.WireTime;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.testkit.DraftGenerator;
import dev.voicecampaign.core.support.Seeds;
import io.vavr.collection.List;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every response body carries the stored campaign as documented, for generated campaigns in every state. */
class ResponseBodyPropertyTest {
    static Stream<Long> seeds() {
        return Seeds.stream(200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theDataObjectSaysWhatIsStored(long seed) {
        DraftGenerator generator = new DraftGenerator(seed);
        SplittableRandom random = new SplittableRandom(seed);
        Dialect dialect = generator.anyDialect();
        StoredCampaign stored = stored(RoundTripPropertyTest.campaign(generator.valid(generator.anyMode(), dialect)), random);
        Campaign c = stored.campaign();
        String replay = Seeds.replay(seed);

        JsonNode fetched = CampaignJson.parse(ResponseWriter.fetched(stored, dialect));
        JsonNode data = fetched.get("data");
        assertThat(fetched.get("message").stringValue()).as(replay).isEqualTo("Campaign " + c.name().value() + " details fetched successfully");
        assertThat(data.get("id").stringValue()).as(replay).isEqualTo(stored.id().value());
        assertThat(data.get("name").stringValue()).as(replay).isEqualTo(c.name().value());
        assertThat(data.get("lname").stringValue()).as(replay).isEqualTo(stored.lname());
        assertThat(data.get("priority").stringValue()).as(replay).isEqualTo(c.priority().wireValue());
        assertThat(data.get("dialingMode").stringValue()).as(replay).isEqualTo(c.mode().wireName());
        assertThat(data.get("status").stringValue()).as(replay).isEqualTo(stored.status().wireName());
        assertThat(data.get("contactLists").valueStream().map(JsonNode::stringValue)).as(replay).containsExactlyElementsOf(c.contactLists().names());
        assertThat(data.has("dncLists")).as(replay).isEqualTo(dialect == Dialect.V2 && c.dncList().isPresent());
        assertThat(data.get("enableMachineDetect").booleanValue()).as(replay)
                .isEqualTo(c instanceof AgentlessCampaign a && a.machineDetection().enabled());
        assertThat(data.has("maxSkips")).as(replay).isEqualTo(c instanceof PreviewCampaign);
        assertThat(data.get("schedule").get("isSchedulingEnabled").booleanValue()).as(replay).isEqualTo(stored.schedule().isPresent());
        assertThat(data.has("campaignInstanceId")).as(replay).isEqualTo(stored.instanceId().isPresent());
        assertThat(data.get("updatedAt").stringValue()).as(replay).isEqualTo(WireTimestamp.format(stored.updatedAt()));
        assertHours(data.get("dialingStrategy").get("callingHours"), c.dialingStrategy().callingHours(), replay);

        JsonNode created = CampaignJson.parse(ResponseWriter.created(stored, dialect, List.empty()));
        assertThat(created.get("data").has("schedule")).as(replay + ": a create answer has no schedule").isFalse();
        assertThat(created.has("warnings")).as(replay).isFalse();
        JsonNode updated = CampaignJson.parse(ResponseWriter.updated(stored, dialect, List.empty()));
        assertThat(updated.get("id").stringValue()).as(replay).isEqualTo(stored.id().value());
    }

    private static void assertHours(JsonNode written, CallingHours hours, String replay) {
        assertThat(written.get("frequency").stringValue()).as(replay).isEqualTo(hours.frequency().name());
        assertThat(written.get("timezone").stringValue()).as(replay).isEqualTo(hours.zone().getId());
        JsonNode days = written.get("days");
        assertThat(days.size()).as(replay).isEqualTo(hours.windows().size());
        for (int i = 0; i < days.size(); i++) {
            CallingWindow w = hours.windows().get(i);
            assertThat(days.get(i).get("start").stringValue()).as(replay).isEqualTo(WireTime.format(w.start()));
            assertThat(days.get(i).get("end").stringValue()).as(replay).isEqualTo(WireTime.format(w.end()));
            String day = hours.frequency() == Frequency.DAILY ? null : w.day().map(WireDay::format).orElse(null);
            assertThat(days.get(i).has("day") ? days.get(i).get("day").stringValue() : null).as(replay).isEqualTo(day);
        }
        assertThat(written.has("restrictedPeriods")).as(replay).isEqualTo(!hours.restrictedPeriods().isEmpty());
    }

    static StoredCampaign stored(Campaign campaign, SplittableRandom random) {
        CampaignStatus[] statuses = CampaignStatus.values();
        Instant created = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000), random.nextInt(1_000_000_000));
        Optional<ResourceId> dnc = random.nextBoolean() ? Optional.of(new ResourceId("cl-dnc-" + random.nextInt(100))) : Optional.empty();
        Optional<ResourceId> flow = random.nextBoolean() ? Optional.of(new ResourceId("cf-" + random.nextInt(100))) : Optional.empty();
        ResolvedReferences references = new ResolvedReferences(java.util.List.of(new ResourceId("cl-1")), dnc, Optional.empty(), flow);
        LocalDateTime start = LocalDateTime.of(2026, 3, 1 + random.nextInt(20), random.nextInt(24), 0);
        Optional<Schedule> schedule = switch (random.nextInt(3)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(new Schedule(start, start.plusDays(3), Optional.empty()));
            default -> Optional.of(new Schedule(start, start.plusDays(30), Optional.of(new Schedule.Recurrence.Weekly(1, Set.of(DayOfWeek.MONDAY)))));
        };
        Optional<InstanceId> instance = random.nextBoolean() ? Optional.of(new InstanceId("ci-" + random.nextInt(1000))) : Optional.empty();
        return new StoredCampaign(new CampaignId("cd-" + Long.toHexString(random.nextLong())), Golden.STREAM, campaign,
                statuses[random.nextInt(statuses.length)], references, schedule, instance, Optional.empty(), created,
                created.plusMillis(random.nextInt(1_000_000)), random.nextInt(5));
    }
}
