package dev.voicecampaign.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One payload (sample and how it is broken) and the contenders, shared by every benchmark thread. */
@State(Scope.Benchmark)
public class PayloadState {
    /** Every sample (JMH takes all of an enum's constants when the values are left out). */
    @Param
    public Payloads.Sample sample;

    /** Every variant. */
    @Param
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
