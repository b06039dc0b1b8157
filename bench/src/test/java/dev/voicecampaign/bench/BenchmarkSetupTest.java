package dev.voicecampaign.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.bench.beanvalidation.CampaignRequest;
import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.hours.WireTime;
import dev.voicecampaign.core.violation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmarks' setups yield what they claim, so the figures compare like with like: every
 * contender accepts the valid payloads and rejects the broken ones with as many violations as there
 * are breaks. Runs in the normal build; the benchmarks themselves run only through {@code ./dev bench}.
 */
class BenchmarkSetupTest {
    private final Contenders contenders = new Contenders();

    static Stream<Arguments> payloads() {
        return Stream.of(Payloads.Sample.values())
                .flatMap(s -> Stream.of(Payloads.Variant.values()).map(v -> Arguments.of(s, v)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("payloads")
    void thisProjectFindsAsManyErrorsAsBreaks(Payloads.Sample sample, Payloads.Variant variant) {
        Contenders.ProjectOutcome outcome = contenders.projectReadAndValidate(Payloads.body(sample, variant));

        assertThat(outcome.read().violations()).as("boundary problems").isEmpty();
        assertThat(outcome.errorCount()).as(String.valueOf(outcome.verdict())).isEqualTo(variant.count());
        assertThat(outcome.verdict().isValid()).isEqualTo(variant == Payloads.Variant.VALID);
        if (outcome.verdict().isValid()) assertThat(outcome.verdict().warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("payloads")
    void brokenPayloadsAreBrokenWhereTheySay(Payloads.Sample sample, Payloads.Variant variant) {
        Contenders.ProjectOutcome outcome = contenders.projectReadAndValidate(Payloads.body(sample, variant));
        if (variant == Payloads.Variant.VALID) return;

        assertThat(outcome.verdict().result().getError().map(Violation::path).map(Object::toString))
                .containsExactlyInAnyOrderElementsOf(variant.breaks().stream().map(Payloads.Break::what).toList());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("payloads")
    void hibernateValidatorFindsAsManyErrorsAsBreaks(Payloads.Sample sample, Payloads.Variant variant) {
        byte[] body = Payloads.body(sample, variant);

        assertThat(contenders.jacksonBindAndHibernateValidate(body)).hasSize(variant.count());
        assertThat(contenders.hibernateValidate(contenders.jacksonBind(body))).hasSize(variant.count());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("payloads")
    void theGeneratedJsonSchemaAcceptsTheValidPayloadsAndRefusesTheBroken(Payloads.Sample sample, Payloads.Variant variant) {
        var errors = contenders.networkntValidate(Payloads.body(sample, variant));

        if (variant == Payloads.Variant.VALID) assertThat(errors).isEmpty();
        else assertThat(errors).hasSizeGreaterThanOrEqualTo(variant.count());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("payloads")
    void jacksonParsesEveryPayload(Payloads.Sample sample, Payloads.Variant variant) {
        assertThat(contenders.jacksonTree(Payloads.body(sample, variant)).isObject()).isTrue();
        assertThat(contenders.jacksonTokens(Payloads.body(sample, variant))).isGreaterThan(Payloads.body(sample, variant).length / 4);
    }

    @ParameterizedTest
    @EnumSource(Payloads.Variant.class)
    void parsedStateHoldsBothParsedForms(Payloads.Variant variant) {
        ValidateParsedBenchmark.Parsed state = new ValidateParsedBenchmark.Parsed();
        state.sample = Payloads.Sample.PROGRESSIVE;
        state.variant = variant;
        state.setUp();

        assertThat(state.draft.dialingMode()).isEqualTo("Progressive");
        assertThat(state.bean.dialingMode()).isEqualTo("Progressive");
        assertThat(new ValidateParsedBenchmark().project(state).isValid()).isEqualTo(variant == Payloads.Variant.VALID);
        assertThat(new ValidateParsedBenchmark().hibernateValidator(state)).hasSize(variant.count());
    }

    @Test
    void beanPatternsAreTheProjectsOwn() {
        assertThat(CampaignRequest.E164).isEqualTo(CallerId.E164.pattern());
        assertThat(CampaignRequest.WIRE_TIME).isEqualTo(WireTime.PATTERN.pattern());
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 35})
    void naiveAndCompiledHoursAgreeAwayFromClockChanges(int windows) {
        CallingHoursBenchmark.Schedules s = new CallingHoursBenchmark.Schedules();
        s.windows = windows;
        s.setUp();

        assertThat(s.compiled.hours().windows()).hasSize(windows);
        int compared = 0;
        for (Instant t : s.instants) {
            if (nearClockChange(t)) continue;
            assertThat(s.naive.isOpenAt(t)).as("open at %s", t).isEqualTo(s.compiled.isOpenAt(t));
            assertThat(s.naive.nextOpening(t)).as("next opening after %s", t).isEqualTo(s.compiled.nextOpening(t));
            compared++;
        }
        assertThat(compared).isGreaterThan(900);
    }

    @Test
    void callDecisionContendersAgreeOnWhenEachCallIsAllowed() {
        CallDecisionBenchmark.Decisions d = new CallDecisionBenchmark.Decisions();
        d.setUp();
        int calls = 0;
        for (int i = 0; i < CallDecisionBenchmark.CASES; i++) {
            Instant at = d.instants[i];
            var decision = d.decider.decide(d.numbers[i], java.util.Optional.empty(), java.util.List.of(), at);
            Instant allowed = switch (decision) {
                case dev.voicecampaign.rules.decision.CallDecision.Call c -> at;
                case dev.voicecampaign.rules.decision.CallDecision.Wait w -> w.until();
                case dev.voicecampaign.rules.decision.CallDecision.Never n -> throw new AssertionError("never: " + n);
            };
            if (allowed.equals(at)) calls++;
            assertThat(d.naive.allowedFrom(d.numbers[i].zones(), at)).as("%s at %s", d.numbers[i].e164(), at).contains(allowed);
        }
        assertThat(calls).as("both calls and waits are measured").isBetween(100, 900);
    }

    /** Near a daylight-saving change (two days before to nine after: what nextOpening looks at), where the naive reading may differ. */
    private static boolean nearClockChange(Instant t) {
        var rules = CallingHoursBenchmark.ZONE.getRules();
        var next = rules.nextTransition(t.minusSeconds(2 * 86_400));
        return next != null && next.getInstant().isBefore(t.plusSeconds(9 * 86_400));
    }

    @Test
    void benchmarkMethodsAnswer() {
        CallingHoursBenchmark.Schedules s = new CallingHoursBenchmark.Schedules();
        s.windows = 35;
        s.span = "YEAR";
        s.setUp();
        CallingHoursBenchmark b = new CallingHoursBenchmark();

        assertThat(b.nextOpeningCompiled(s)).isPresent();
        assertThat(b.nextOpeningNaive(s)).isPresent();
        assertThat(b.nextOpeningIntersection(s)).isPresent();
        assertThat(b.nextOpeningNeverOpen(s)).isEmpty();
        assertThat(b.openIntervals90Days(s)).hasSizeGreaterThan(90 * 4);
        assertThat(java.util.Arrays.stream(s.instants).map(t -> LocalDate.ofInstant(t, CallingHoursBenchmark.ZONE)))
                .allMatch(d -> !d.isBefore(LocalDate.of(2026, 1, 4)) && d.isBefore(LocalDate.of(2027, 1, 6)));

        s.span = "1970_2100";
        s.setUp();
        assertThat(java.util.Arrays.stream(s.instants).map(t -> LocalDate.ofInstant(t, CallingHoursBenchmark.ZONE).getYear()))
                .allMatch(y -> y >= 1969 && y < 2100).anyMatch(y -> y < 2000).anyMatch(y -> y > 2060);
    }
}
