package dev.voicecampaign.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CommunicationLimit;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.WeeklySchedule;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.support.Seeds;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.rules.compliance.CompliancePack;
import dev.voicecampaign.rules.compliance.CompliancePacks;
import dev.voicecampaign.testkit.DraftGenerator;
import dev.voicecampaign.testkit.SampleDirectories;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decisions against a brute-force evaluation: generated campaigns (the testkit's), packs, contacts and attempt
 * histories, at instants near the clock changes of their zones (Lord Howe's 30-minute shift among them). A
 * {@code Call} instant is allowed; a {@code Wait} instant is allowed and no minute boundary before it is; a number
 * that may ring in several zones is called only when every zone allows it. "Allowed" is checked here the plain way:
 * each schedule on its own in each zone, attempts counted one by one. No shrinking: a case is one seed, and a failure
 * prints the seed with every input it made (campaign hours, packs, zones, attempts, limits).
 */
class CallDecisionPropertyTest {
    static final StreamId STREAM = new StreamId("st-decisions");
    static final ValidationContext CONTEXT = new ValidationContext(STREAM, SampleDirectories.forStream(STREAM));
    static final List<String> NUMBERS = List.of("+12125551234", "+14165551234", "+61291234567", "+61412345678", "+447911123456",
            "+919876543210", "+13125551234");
    static final List<ZoneId> GIVEN_ZONES = List.of(ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Pacific/Chatham"),
            ZoneId.of("America/St_Johns"), ZoneId.of("Europe/London"), ZoneId.of("America/New_York"));
    /** How far a Wait is checked minute by minute. */
    static final Duration SCANNED = Duration.ofDays(10);

    static Stream<Long> seeds() {
        return Seeds.stream(150);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aDecisionAllowsItsInstantAndNothingEarlier(long seed) {
        check(seed, Optional.empty());
    }

    /** Lord Howe's clock moves by 30 minutes: its contacts are checked on every seed, not only when drawn. */
    @ParameterizedTest
    @MethodSource("lordHoweSeeds")
    void aLordHoweContactIsDecidedRightAcrossItsHalfHourClockChanges(long seed) {
        check(seed, Optional.of(ZoneId.of("Australia/Lord_Howe")));
    }

    static Stream<Long> lordHoweSeeds() {
        return Seeds.stream(40);
    }

    /** One case of {@code seed}; {@code zone}, when given, is the contact's zone and the zone whose clock change is near. */
    private static void check(long seed, Optional<ZoneId> zone) {
        SplittableRandom random = Seeds.random(seed);
        DraftGenerator generator = new DraftGenerator(seed);
        Campaign generated = CampaignRules.standard().validate(generator.valid(), CONTEXT).result().get();
        Campaign campaign = generated.withCommon(generated.common().withCommunicationLimits(limits(random)));
        List<CompliancePack> packs = CompliancePacks.all().stream().filter(p -> random.nextInt(3) == 0)
                .filter(p -> p.minRingSeconds().map(min -> campaign.dialingStrategy().maxRingTime().seconds() >= min).orElse(true)).toList();
        Contact contact = Contact.of(NUMBERS.get(random.nextInt(NUMBERS.size())));
        if (random.nextInt(4) == 0) contact = contact.withZone(GIVEN_ZONES.get(random.nextInt(GIVEN_ZONES.size())));
        if (zone.isPresent()) contact = contact.withZone(zone.get());
        CallDecider decider = CallDecider.of(campaign, packs, n -> false);
        List<ZoneId> zones = decider.decide(contact, List.of(), Instant.EPOCH).zones();
        Instant at = nearAClockChange(zones.get(random.nextInt(zones.size())), random);
        List<Instant> attempts = attempts(random, at, campaign.dialingStrategy().maxAttemptsPerRecord().value());
        String replay = Seeds.replay(seed) + " at " + at + " zones " + zones + " packs " + packs.stream().map(CompliancePack::id).toList()
                + " attempts " + attempts + " limits " + campaign.communicationLimits() + " hours " + campaign.dialingStrategy().callingHours();

        CallDecision decision = decider.decide(contact, attempts, at);
        Brute brute = new Brute(campaign, packs, zones, attempts);

        switch (decision) {
            case CallDecision.Call call -> assertThat(brute.allows(at)).as(replay).isTrue();
            case CallDecision.Wait wait -> {
                assertThat(wait.until()).as(replay).isAfter(at);
                assertThat(brute.allows(wait.until())).as(replay + ": the instant it waits for is allowed").isTrue();
                assertThat(wait.reasons()).as(replay).isNotEmpty();
                Instant end = wait.until().isBefore(at.plus(SCANNED)) ? wait.until() : at.plus(SCANNED);
                assertThat(brute.allows(at)).as(replay + ": not allowed now").isFalse();
                for (Instant t = at.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)); t.isBefore(end); t = t.plus(Duration.ofMinutes(1))) {
                    assertThat(brute.allows(t)).as(replay + ": nothing allowed before the answer, but " + t + " is").isFalse();
                }
            }
            case CallDecision.Never never -> {
                boolean forGood = attempts.size() >= campaign.dialingStrategy().maxAttemptsPerRecord().value();
                assertThat(never.reasons().stream().map(Reason::code)).as(replay)
                        .contains(forGood ? "decision.attempts.exhausted" : "decision.noOpening");
                if (!forGood) {
                    for (Instant t = at; t.isBefore(at.plus(SCANNED)); t = t.plus(Duration.ofMinutes(15))) {
                        assertThat(brute.allows(t)).as(replay + ": never, but " + t + " is allowed").isFalse();
                    }
                }
            }
        }
    }

    /** The plain evaluation: every schedule open in every zone, the retry period passed and every limit under its count. */
    record Brute(Campaign campaign, List<CompliancePack> packs, List<ZoneId> zones, List<Instant> attempts) {
        boolean allows(Instant t) {
            for (ZoneId zone : zones) {
                CallingHours h = campaign.dialingStrategy().callingHours();
                if (!WeeklySchedule.compile(new CallingHours(h.frequency(), zone, h.windows(), h.restrictedPeriods())).isOpenAt(t)) return false;
                for (CompliancePack pack : packs) {
                    if (!pack.allowsCallAt(t, zone)) return false;
                }
            }
            Duration retry = campaign.dialingStrategy().defaultRetryPeriod().asDuration();
            for (Instant a : attempts) {
                if (!a.isAfter(t) && a.plus(retry).isAfter(t)) return false;
            }
            for (CommunicationLimit limit : campaign.communicationLimits()) {
                long counted = attempts.stream().filter(a -> !a.isAfter(t) && a.plus(limit.window()).isAfter(t)).count();
                if (counted >= limit.maxCountPerRecipient()) return false;
            }
            return true;
        }
    }

    static List<CommunicationLimit> limits(SplittableRandom random) {
        List<CommunicationLimit> limits = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) limits.add(new CommunicationLimit(1 + random.nextInt(3), 1 + random.nextInt(7)));
        return limits;
    }

    /** Up to a few attempts within the last week (sometimes as many as the campaign allows). */
    static List<Instant> attempts(SplittableRandom random, Instant at, int max) {
        int count = random.nextInt(8) == 0 ? max : random.nextInt(Math.min(max, 4) + 1);
        List<Instant> attempts = new ArrayList<>();
        for (int i = 0; i < count; i++) attempts.add(at.minus(Duration.ofMinutes(random.nextLong(1, 7 * 24 * 60))));
        return attempts;
    }

    /** Within two days of a clock change of {@code zone} in 2026-2027, or any instant of 2026 where it has none. */
    static Instant nearAClockChange(ZoneId zone, SplittableRandom random) {
        Instant from = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(random.nextLong(0, 365L * 24 * 60)));
        Optional<ZoneOffsetTransition> change = Optional.ofNullable(zone.getRules().nextTransition(from));
        return change.filter(c -> c.getInstant().isBefore(Instant.parse("2028-01-01T00:00:00Z")))
                .map(c -> c.getInstant().plus(Duration.ofMinutes(random.nextLong(-2 * 24 * 60, 2 * 24 * 60))))
                .orElse(from);
    }
}
