package dev.voicecampaign.bench.sidebyside;

import dev.voicecampaign.bench.Contenders;
import dev.voicecampaign.bench.Payloads;
import dev.voicecampaign.core.draft.CampaignDraft;
import java.util.function.LongUnaryOperator;

/**
 * One measured operation of one build, loaded by {@link SideBySide} in that build's own class loader:
 * {@code applyAsLong(n)} runs it {@code n} times on one payload. Its type is the JDK's, so builds that
 * share no class can be driven from one loop.
 */
public final class Operation implements LongUnaryOperator {
    private final Contenders contenders = new Contenders();
    private final String name;
    private final byte[] body;
    private final CampaignDraft draft;

    /** {@code name}: tree, tokens, read, validate, all (bytes to campaign), networknt or bindHv (bytes to bean to Hibernate Validator). */
    public Operation(String name, String sample, String variant) {
        this.name = name;
        this.body = Payloads.body(Payloads.Sample.valueOf(sample), Payloads.Variant.valueOf(variant));
        this.draft = contenders.projectDraft(body);
        if (!java.util.Set.of("tree", "tokens", "read", "validate", "all", "networknt", "bindHv").contains(name)) {
            throw new IllegalArgumentException("no operation " + name + " (tree, tokens, read, validate, all, networknt, bindHv)");
        }
    }

    @Override
    public long applyAsLong(long times) {
        long seen = 0;
        for (long i = 0; i < times; i++) {
            Object result = switch (name) {
                case "tree" -> contenders.jacksonTree(body);
                case "tokens" -> contenders.jacksonTokens(body);
                case "read" -> contenders.projectRead(body);
                case "validate" -> contenders.projectValidate(draft);
                case "networknt" -> contenders.networkntValidate(body);
                case "bindHv" -> contenders.jacksonBindAndHibernateValidate(body);
                default -> contenders.projectReadAndValidate(body);
            };
            seen += System.identityHashCode(result) & 1;
        }
        return seen;
    }
}
