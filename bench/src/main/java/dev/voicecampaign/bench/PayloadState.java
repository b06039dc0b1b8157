package dev.voicecampaign.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One payload (sample and how it is broken) and the contenders, shared by every benchmark thread. */
@State(Scope.Benchmark)
public class PayloadState {
    @Param({"AGENTLESS", "PREVIEW", "PROGRESSIVE"})
    public Payloads.Sample sample;

    @Param({"VALID", "BROKEN_1", "BROKEN_5"})
    public Payloads.Variant variant;

    public Contenders contenders;
    public byte[] body;

    @Setup
    public void setUp() {
        contenders = new Contenders();
        body = Payloads.body(sample, variant);
        prepare();
    }

    /** Further setup of a subclass, run once the body and contenders exist. */
    protected void prepare() {
    }
}
