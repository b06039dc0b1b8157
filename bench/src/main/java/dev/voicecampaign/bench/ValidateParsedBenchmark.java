package dev.voicecampaign.bench;

import dev.voicecampaign.bench.beanvalidation.CampaignRequest;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.port.Verdict;
import jakarta.validation.ConstraintViolation;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 1: validate input that is already parsed. This project checks the draft the JSON adapter
 * made of the payload and builds the typed campaign; Hibernate Validator checks the bean Jackson bound
 * from the same payload. Parsing is in the setup, not measured.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(2)
public class ValidateParsedBenchmark {
    /** The payload in both parsed forms. */
    @State(Scope.Benchmark)
    public static class Parsed extends PayloadState {
        public CampaignDraft draft;
        public CampaignRequest bean;

        @Override
        protected void prepare() {
            draft = contenders.projectDraft(body);
            bean = contenders.jacksonBind(body);
        }
    }

    @Benchmark
    public Verdict project(Parsed p) {
        return p.contenders.projectValidate(p.draft);
    }

    @Benchmark
    public Set<ConstraintViolation<CampaignRequest>> hibernateValidator(Parsed p) {
        return p.contenders.hibernateValidate(p.bean);
    }
}
