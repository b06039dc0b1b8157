package dev.voicecampaign.bench;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.rules.compliance.CompliancePack;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The call decision a hand-written dialer would make, the rival of {@code CallDecider}: for each of the contact's
 * zones, convert the instant with java.time and scan the campaign's windows and each pack's ({@link NaiveCallingHours});
 * while some zone is closed, jump to the latest of the zones' next window starts and look again. Nothing is
 * prepared ahead but the rules' hours; no reasons, no restricted periods, no care at daylight-saving changes.
 * Answers the instant the call may be placed ({@code at} itself for "call now"), or empty.
 */
public final class NaiveCallDecisions {
    private static final int MAX_JUMPS = 64;
    private final CallingHours campaignHours;
    private final List<CompliancePack> packs;

    public NaiveCallDecisions(Campaign campaign, List<CompliancePack> packs) {
        this.campaignHours = campaign.dialingStrategy().callingHours();
        this.packs = List.copyOf(packs);
    }

    public Optional<Instant> allowedFrom(List<ZoneId> zones, Instant at) {
        List<NaiveCallingHours> rules = new ArrayList<>();
        for (ZoneId zone : zones) {
            rules.add(new NaiveCallingHours(new CallingHours(campaignHours.frequency(), zone, campaignHours.windows())));
            for (CompliancePack pack : packs) rules.add(new NaiveCallingHours(pack.hoursIn(zone)));
        }
        Instant t = at;
        for (int jump = 0; jump < MAX_JUMPS; jump++) {
            Instant latest = t;
            for (NaiveCallingHours rule : rules) {
                Optional<Instant> next = rule.nextOpening(t);
                if (next.isEmpty()) return Optional.empty();
                if (next.get().isAfter(latest)) latest = next.get();
            }
            if (latest.equals(t)) return Optional.of(t);
            t = latest;
        }
        return Optional.empty();
    }
}
