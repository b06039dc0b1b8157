package dev.voicecampaign.core.port;

import java.util.Objects;

/** The rules the use cases check requests with: campaign bodies, schedule requests and list requests. */
public record RequestRules(CampaignValidator campaigns, ScheduleValidator schedules, ListQueryValidator queries) {
    public RequestRules {
        Objects.requireNonNull(campaigns, "campaigns");
        Objects.requireNonNull(schedules, "schedules");
        Objects.requireNonNull(queries, "queries");
    }
}
