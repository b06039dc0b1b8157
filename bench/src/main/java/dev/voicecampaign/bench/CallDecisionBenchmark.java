package dev.voicecampaign.bench;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.rules.compliance.CompliancePack;
import dev.voicecampaign.rules.compliance.CompliancePacks;
import dev.voicecampaign.rules.decision.CallDecider;
import dev.voicecampaign.rules.decision.CallDecision;
import dev.voicecampaign.rules.decision.ContactNumber;
import dev.voicecampaign.rules.decision.Reason;
import dev.voicecampaign.testkit.SampleDirectories;
import dev.voicecampaign.testkit.ValidDrafts;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.port.ValidationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 6: call decisions for contacts whose numbers are already parsed, under the seeds' Progressive sample
 * (Monday to Friday, 9:00 AM to 6:00 PM, weekly) and the US federal pack, against {@link NaiveCallDecisions}. Each
 * call takes the next of 1,024 seeded (number, instant) pairs: US numbers of single-zone area codes from Hawaii to
 * New York, at instants spread over a dialer's week (7 days from Monday 2026-03-02, across the US clock change of
 * 2026-03-08). Average time per decision.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1) // on this 2-core VM the decider's figures settle after about 4 s (2 warm-ups left them bimodal)
@Measurement(iterations = 6, time = 1)
@Fork(2)
public class CallDecisionBenchmark {
    static final int CASES = 1024;
    static final List<String> AREA_CODES = List.of("212", "305", "312", "415", "602", "713", "808", "907", "206", "617");

    /** The campaign, both deciders and the cases. */
    @State(Scope.Thread)
    public static class Decisions {
        public Campaign campaign;
        public List<CompliancePack> packs;
        public CallDecider decider;
        public NaiveCallDecisions naive;
        public ContactNumber[] numbers;
        public Instant[] instants;
        private int next;

        @Setup
        public void setUp() {
            StreamId stream = new StreamId("st-bench");
            campaign = CampaignRules.standard()
                    .validate(ValidDrafts.progressiveV2(), new ValidationContext(stream, SampleDirectories.forStream(stream))).result().get();
            packs = List.of(CompliancePacks.usFederal());
            decider = CallDecider.of(campaign, packs, number -> false);
            naive = new NaiveCallDecisions(campaign, packs);
            SplittableRandom random = new SplittableRandom(2026);
            numbers = new ContactNumber[CASES];
            instants = new Instant[CASES];
            Instant from = Instant.parse("2026-03-02T00:00:00Z");
            for (int i = 0; i < CASES; i++) {
                String phone = "+1" + AREA_CODES.get(random.nextInt(AREA_CODES.size())) + "555" + String.format("%04d", random.nextInt(10_000));
                numbers[i] = ContactNumber.parse(phone, Optional.empty()).get();
                instants[i] = from.plusSeconds(random.nextLong(Duration.ofDays(7).toSeconds()));
            }
        }

        int next() {
            next = (next + 1) & (CASES - 1);
            return next;
        }
    }

    @Benchmark
    public CallDecision project(Decisions d) {
        int i = d.next();
        return d.decider.decide(d.numbers[i], Optional.empty(), List.of(), d.instants[i]);
    }

    /** As {@link #project}, every reason's message then worded, as the decisions route does. */
    @Benchmark
    public int projectWorded(Decisions d) {
        int i = d.next();
        int length = 0;
        for (Reason reason : d.decider.decide(d.numbers[i], Optional.empty(), List.of(), d.instants[i]).reasons()) {
            length += reason.message().length();
        }
        return length;
    }

    /** A decider built for each decision, so each decision compiles and lists its zone's schedules: what keeping one saves. */
    @Benchmark
    public CallDecision projectUnprepared(Decisions d) {
        int i = d.next();
        return CallDecider.of(d.campaign, d.packs, number -> false).decide(d.numbers[i], Optional.empty(), List.of(), d.instants[i]);
    }

    @Benchmark
    public Optional<Instant> naive(Decisions d) {
        int i = d.next();
        return d.naive.allowedFrom(d.numbers[i].zones(), d.instants[i]);
    }
}
