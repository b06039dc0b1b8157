package dev.voicecampaign.docs.snippets;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.hours.WeeklySchedule;
import dev.voicecampaign.core.inmemory.InMemoryCallerIdRegistry;
import dev.voicecampaign.core.inmemory.InMemoryResourceDirectory;
import dev.voicecampaign.core.port.Directories;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.rules.CampaignRules;
import java.time.Instant;

/** The getting-started page's embedding example, shown verbatim there and run by a test. */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    public static String check(CampaignDraft draft) {
        StreamId app = new StreamId("st-1");
        Directories directories = new Directories(                       // your lists, queues and flows
                new InMemoryResourceDirectory().put(app, "CL Only 2020 Dec 4", new ResourceId("cl-1")),
                new InMemoryResourceDirectory().put(app, "DNC CL Dec 4", new ResourceId("cl-2")),
                new InMemoryResourceDirectory(),
                new InMemoryResourceDirectory().put(app, "Voice Survey Entry Flow", new ResourceId("cf-1")),
                new InMemoryCallerIdRegistry().verify(app, new CallerId("+14846512345")));
        Verdict verdict = CampaignRules.standard().validate(draft, new ValidationContext(app, directories));
        return verdict.result().fold(
                violations -> violations.map(v -> v.code() + ": " + v.message()).mkString("; "),
                campaign -> {
                    WeeklySchedule hours = WeeklySchedule.compile(campaign.dialingStrategy().callingHours());
                    return campaign.name().value() + " calls " + hours.callableMinutesPerWeek() + " minutes a week, next from "
                            + hours.nextOpening(Instant.parse("2026-01-03T00:00:00Z")).orElseThrow();
                });
    }
}
