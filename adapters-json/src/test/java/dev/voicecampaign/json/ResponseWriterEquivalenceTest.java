package dev.voicecampaign.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.InstanceId;
import dev.voicecampaign.core.campaign.ResolvedReferences;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.testkit.DraftGenerator;
import dev.voicecampaign.testkit.Seeds;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The response writer writes, byte for byte, what the tree-building writer it replaced wrote ({@link TreeResponseWriter}). */
class ResponseWriterEquivalenceTest {
    static Stream<Long> seeds() {
        return Seeds.stream(300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyBodyIsWrittenAsTheTreeWriterWroteIt(long seed) {
        DraftGenerator generator = new DraftGenerator(seed);
        SplittableRandom random = new SplittableRandom(seed);
        Dialect dialect = generator.anyDialect();
        Campaign campaign = RoundTripPropertyTest.campaign(generator.valid(generator.anyMode(), dialect));
        StoredCampaign stored = stored(campaign, random);
        Seq<Violation> warnings = random.nextBoolean() ? List.empty() : List.of(
                Violation.warning(Path.of("contactLists").index(1), "campaign.contactLists.repeated", Map.of("name", "x", "count", 2), "repeated"),
                Violation.warning(Path.of("queue_name"), "campaign.queueName.ignored", Map.of(), "ignored in this mode"));
        String replay = Seeds.replay(seed);
        assertThat(text(ResponseWriter.createdJson(stored, dialect, warnings))).as(replay)
                .isEqualTo(text(CampaignJson.bytes(TreeResponseWriter.created(stored, dialect, warnings))));
        assertThat(text(ResponseWriter.updatedJson(stored, dialect, warnings))).as(replay)
                .isEqualTo(text(CampaignJson.bytes(TreeResponseWriter.updated(stored, dialect, warnings))));
        assertThat(text(ResponseWriter.fetchedJson(stored, dialect))).as(replay)
                .isEqualTo(text(CampaignJson.bytes(TreeResponseWriter.fetched(stored, dialect))));
        assertThat(text(ResponseWriter.deletedJson(stored, dialect))).as(replay)
                .isEqualTo(text(CampaignJson.bytes(TreeResponseWriter.deleted(stored, dialect))));
        assertThat(ResponseWriter.created(stored, dialect, warnings)).as(replay).isEqualTo(TreeResponseWriter.created(stored, dialect, warnings));
        assertThat(ResponseWriter.fetched(stored, dialect)).as(replay).isEqualTo(TreeResponseWriter.fetched(stored, dialect));
        for (boolean withSchedule : new boolean[] {true, false}) {
            assertThat(ResponseWriter.data(stored, dialect, withSchedule)).as(replay)
                    .isEqualTo(TreeResponseWriter.data(stored, dialect, withSchedule));
        }
        for (boolean responseOrder : new boolean[] {true, false}) {
            var hours = campaign.dialingStrategy().callingHours();
            assertThat(text(CampaignJson.bytes(ResponseWriter.callingHours(hours, responseOrder)))).as(replay)
                    .isEqualTo(text(CampaignJson.bytes(TreeResponseWriter.callingHours(hours, responseOrder))));
        }
    }

    private static StoredCampaign stored(Campaign campaign, SplittableRandom random) {
        CampaignStatus[] statuses = CampaignStatus.values();
        Instant created = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000), random.nextInt(1_000_000_000));
        Optional<ResourceId> maybeDnc = random.nextBoolean() ? Optional.of(new ResourceId("cl-dnc-" + random.nextInt(100))) : Optional.empty();
        Optional<ResourceId> maybeFlow = random.nextBoolean() ? Optional.of(new ResourceId("cf-" + random.nextInt(100))) : Optional.empty();
        ResolvedReferences references = new ResolvedReferences(java.util.List.of(new ResourceId("cl-1")), maybeDnc, Optional.empty(), maybeFlow);
        LocalDateTime start = LocalDateTime.of(2026, 3, 1 + random.nextInt(20), random.nextInt(24), 0);
        Optional<Schedule> schedule = switch (random.nextInt(3)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(new Schedule(start, start.plusDays(3), Optional.empty()));
            default -> Optional.of(new Schedule(start, start.plusDays(30), Optional.of(new Schedule.Recurrence.Weekly(1, Set.of(DayOfWeek.MONDAY)))));
        };
        Optional<InstanceId> instance = random.nextBoolean() ? Optional.of(new InstanceId("ci-" + random.nextInt(1000))) : Optional.empty();
        return new StoredCampaign(new CampaignId("cd-" + Long.toHexString(random.nextLong())), Golden.STREAM, campaign,
                statuses[random.nextInt(statuses.length)], references, schedule, instance, created,
                created.plusMillis(random.nextInt(1_000_000)), random.nextInt(5));
    }

    private static String text(byte[] json) {
        return new String(json, java.nio.charset.StandardCharsets.UTF_8);
    }
}
