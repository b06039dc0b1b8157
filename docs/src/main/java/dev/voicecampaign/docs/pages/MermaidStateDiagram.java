package dev.voicecampaign.docs.pages;

import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.lifecycle.Lifecycle;
import dev.voicecampaign.core.lifecycle.LifecycleEvent;
import dev.voicecampaign.core.lifecycle.Transition;
import java.util.Locale;
import java.util.Set;

/**
 * The lifecycle as a Mermaid {@code stateDiagram-v2}: the initial arrow, then one edge per
 * transition in the definition's order, labelled with its event. States we added to the hosted
 * API's lifecycle get a dashed border. Drawn from the data, so the picture cannot disagree with the
 * state machine the server runs.
 */
public final class MermaidStateDiagram {
    /** The CSS class given to states that are our addition. */
    public static final String OURS_CLASS = "ours";

    private MermaidStateDiagram() {
    }

    /** The diagram's source, without the surrounding code fence. */
    public static String of(Lifecycle lifecycle, Set<CampaignStatus> ourStates) {
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        out.append("    [*] --> ").append(Lifecycle.INITIAL.wireName()).append('\n');
        for (Transition t : lifecycle.transitions()) {
            out.append("    ").append(t.from().wireName()).append(" --> ").append(t.to().wireName())
                    .append(" : ").append(eventLabel(t.event())).append('\n');
        }
        if (!ourStates.isEmpty()) {
            out.append("    classDef ").append(OURS_CLASS).append(" stroke-dasharray: 5 5\n");
            ourStates.stream().sorted().forEach(s -> out.append("    class ").append(s.wireName()).append(' ')
                    .append(OURS_CLASS).append('\n'));
        }
        return out.toString();
    }

    /** How an event is written on the docs' edges and tables: {@code play}, {@code preparation failed}. */
    public static String eventLabel(LifecycleEvent event) {
        return event.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
