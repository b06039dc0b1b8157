package dev.voicecampaign.bench;

import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.json.ReadResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Diagnostics beside benchmark 2, on the valid payloads: where the time of reading a body goes. Not
 * contenders: the report shows them next to {@link BytesToCampaignBenchmark}'s figures, without ratios.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(2)
public class ReadCostBenchmark {
    /** A valid payload (the broken ones read the same way) and the contenders. */
    @State(Scope.Benchmark)
    public static class ValidPayload {
        @Param({"AGENTLESS", "PREVIEW", "PROGRESSIVE"})
        public Payloads.Sample sample;

        @Param({"VALID"})
        public Payloads.Variant variant;

        public Contenders contenders;
        public byte[] body;

        @Setup
        public void setUp() {
            contenders = new Contenders();
            body = Payloads.body(sample, variant);
        }
    }

    /** This project's JSON boundary alone: bytes to draft, no rule run. */
    @Benchmark
    public ReadResult<CampaignDraft> projectReadOnly(ValidPayload p) {
        return p.contenders.projectRead(p.body);
    }

    /** Jackson's tokenizer alone, values made and dropped: the floor under any Jackson-based reader. */
    @Benchmark
    public long jacksonTokensOnly(ValidPayload p) {
        return p.contenders.jacksonTokens(p.body);
    }
}
