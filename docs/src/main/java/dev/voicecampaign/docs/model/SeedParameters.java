package dev.voicecampaign.docs.model;

import dev.voicecampaign.core.draft.Dialect;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The body parameters each seed document lists, as written there: the parameter tables mark every
 * other row as our addition. A test reads the seed documents and checks this transcription both ways.
 */
public final class SeedParameters {
    private static final List<String> SHARED = List.of("name", "description", "contactLists", "priority", "dialingMode",
            "dialingStrategy.callerId.phoneNumber", "dialingStrategy.callingHours.frequency", "dialingStrategy.callingHours.timezone",
            "dialingStrategy.callingHours.days", "dialingStrategy.dialingOrder", "dialingStrategy.maxAttemptsPerRecord",
            "dialingStrategy.defaultRetryPeriod", "dialingStrategy.maxRingTime");
    private static final List<String> DNC = List.of("dncLists", "dncLists.name");

    /** One seed document and the parameters its body table lists. */
    public record SeedDocument(String file, List<String> parameters) {
        public SeedDocument {
            parameters = List.copyOf(parameters);
        }
    }

    public static final SeedDocument AGENTLESS_V2 = new SeedDocument("create-voice-campaign-agentless-v2.md",
            concat(SHARED, DNC, List.of("experienceFlowName", "enableMachineDetect", "campaignType")));
    public static final SeedDocument PREVIEW_V2 = new SeedDocument("create-voice-campaign-preview-v2.md",
            concat(SHARED, DNC, List.of("queue_name", "maxSkips", "campaignType")));
    public static final SeedDocument PROGRESSIVE_V2 = new SeedDocument("create-voice-campaign-progressive-v2.md",
            concat(SHARED, DNC, List.of("queue_name", "campaignType")));
    public static final SeedDocument CREATE_V1 = new SeedDocument("create-voice-campaign-v1.md",
            concat(SHARED, List.of("queue_name", "enableMachineDetect", "campaignType")));
    public static final SeedDocument UPDATE_V1 = new SeedDocument("update-voice-campaign-v1.md",
            concat(SHARED, List.of("queue_name", "enableMachineDetect", "maxSkips", "campaignType")));

    public static final List<SeedDocument> ALL = List.of(AGENTLESS_V2, PREVIEW_V2, PROGRESSIVE_V2, CREATE_V1, UPDATE_V1);

    private SeedParameters() {
    }

    /** The seed documents that describe a request shape: the v2 page of its mode, or both v1 pages. */
    public static List<SeedDocument> documenting(ModeDialect shape) {
        if (shape.dialect() == Dialect.V1) return List.of(CREATE_V1, UPDATE_V1);
        return List.of(switch (shape.mode()) {
            case AGENTLESS -> AGENTLESS_V2;
            case PREVIEW -> PREVIEW_V2;
            case PROGRESSIVE -> PROGRESSIVE_V2;
        });
    }

    /** Every parameter some seed document of the shape lists. */
    public static Set<String> listedFor(ModeDialect shape) {
        return documenting(shape).stream().flatMap(d -> d.parameters().stream()).collect(Collectors.toSet());
    }

    /**
     * True when a wire path is listed by a seed of the shape, lies inside a listed object or list,
     * or is an object the seed's dotted names pass through ({@code dialingStrategy}).
     */
    public static boolean isSeeded(ModeDialect shape, String wirePath) {
        Set<String> listed = listedFor(shape);
        String bare = wirePath.replace("[]", "");
        if (listed.stream().anyMatch(p -> p.startsWith(bare + "."))) return true;
        String path = wirePath;
        while (true) {
            if (listed.contains(path.replace("[]", ""))) return true;
            int dot = path.lastIndexOf('.');
            if (dot < 0) return false;
            path = path.substring(0, dot);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static List<String> concat(List<String> first, List<String> second, List<String> third) {
        return concat(concat(first, second), third);
    }
}
