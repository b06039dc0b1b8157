package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.port.CampaignValidator;
import dev.voicecampaign.core.port.ListQueryValidator;
import dev.voicecampaign.core.port.ScheduleValidator;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.support.Campaigns;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in for the rules module: a draft without a name is invalid; otherwise the mode picks a
 * fixed valid campaign with the draft's name and description. Enough to test the use cases alone.
 */
final class FixedValidator implements CampaignValidator {
    static final Violation NAME_REQUIRED = Violation.error(Path.of("name"), "campaign.name.required", Map.of(), "is required");
    /** Schedules: a request without a start is invalid; otherwise it runs from its start for a day. */
    static final ScheduleValidator SCHEDULES = (draft, now) -> draft.startDateTime() == null
            ? Validation.invalid(List.of(Violation.error(Path.of("startDateTime"), "schedule.startDateTime.required", Map.of(), "is required")))
            : Validation.valid(new Schedule(LocalDateTime.parse(draft.startDateTime()), LocalDateTime.parse(draft.startDateTime()).plusDays(1),
                    Optional.empty()));
    /** List requests: a limit is the page size; nothing else is read. */
    static final ListQueryValidator QUERIES = draft -> Validation.valid(draft.limit() == null ? CampaignQuery.all()
            : CampaignQuery.all().page(0, draft.limit().intValue()));
    static final Violation A_WARNING = Violation.warning(Path.of("maxSkips"), "campaign.maxSkips.ignoredForMode",
            Map.of("mode", "Agentless"), "is ignored");

    @Override
    public Verdict validate(CampaignDraft draft, ValidationContext context) {
        if (draft.name() == null) return Verdict.of(List.of(NAME_REQUIRED), () -> null);
        Campaign base = switch (draft.dialingMode() == null ? "Agentless" : draft.dialingMode()) {
            case "Progressive" -> Campaigns.progressive(draft.name());
            case "Preview" -> Campaigns.preview(draft.name());
            default -> Campaigns.agentless(draft.name());
        };
        Campaign campaign = draft.description() == null ? base : withDescription(base, draft.description());
        return Verdict.of(draft.maxSkips() != null ? List.of(A_WARNING) : List.empty(), () -> campaign);
    }

    private static Campaign withDescription(Campaign c, String text) {
        var common = c.common();
        return c.withCommon(new dev.voicecampaign.core.campaign.CommonSettings(common.name(),
                new dev.voicecampaign.core.campaign.Description(text), common.contactLists(), common.dncList(), common.priority(),
                common.dialingStrategy(), common.communicationLimits(), common.compliancePacks()));
    }
}
