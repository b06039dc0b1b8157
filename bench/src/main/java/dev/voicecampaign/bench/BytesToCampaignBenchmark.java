package dev.voicecampaign.bench;

import dev.voicecampaign.bench.beanvalidation.CampaignRequest;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;

/**
 * Benchmark 2: from request bytes to a checked result. This project reads the body into a draft, checks
 * it and builds the typed campaign; against it, Jackson's tree parse alone (the floor: no mapping, no
 * check), Jackson binding the annotated bean followed by Hibernate Validator, and networknt
 * json-schema-validator on the project's generated JSON Schema of the body's mode.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(3) // when run alone; the full run (bench/run-benchmarks) takes rounds of one fork per payload instead
public class BytesToCampaignBenchmark {
    @Benchmark
    public Contenders.ProjectOutcome project(PayloadState p) {
        return p.contenders.projectReadAndValidate(p.body);
    }

    @Benchmark
    public JsonNode jacksonTreeParse(PayloadState p) {
        return p.contenders.jacksonTree(p.body);
    }

    @Benchmark
    public Set<ConstraintViolation<CampaignRequest>> jacksonBindHibernateValidator(PayloadState p) {
        return p.contenders.jacksonBindAndHibernateValidate(p.body);
    }

    /** Jackson tree, then networknt on the project's generated JSON Schema: validation only, no typed result. */
    @Benchmark
    public List<com.networknt.schema.Error> networkntJsonSchema(PayloadState p) {
        return p.contenders.networkntValidate(p.body);
    }
}
