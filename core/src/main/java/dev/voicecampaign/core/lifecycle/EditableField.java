package dev.voicecampaign.core.lifecycle;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.DialingStrategy;
import dev.voicecampaign.core.campaign.PreviewCampaign;
import dev.voicecampaign.core.campaign.ProgressiveCampaign;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The parts of a campaign an update can change; each lifecycle state allows some of them. */
public enum EditableField {
    NAME, DESCRIPTION, PRIORITY, CONTACT_LISTS, DNC_LIST, DIALING_MODE, CALLER_ID,
    /** The calling hours and the compliance packs: when calls may be placed. */
    CALLING_HOURS, DIALING_ORDER,
    /** Attempts per record, retry period, ring time and communication limits: how often and how long a person is called. */
    RETRY_SETTINGS,
    /** Queue, experience flow, max skips, machine detection. */
    MODE_SETTINGS;

    /** Which fields differ between {@code before} and {@code after}. */
    public static Set<EditableField> changedBetween(Campaign before, Campaign after) {
        Set<EditableField> changed = EnumSet.noneOf(EditableField.class);
        if (!before.name().equals(after.name())) changed.add(NAME);
        if (!before.description().equals(after.description())) changed.add(DESCRIPTION);
        if (!before.priority().equals(after.priority())) changed.add(PRIORITY);
        if (!before.contactLists().equals(after.contactLists())) changed.add(CONTACT_LISTS);
        if (!before.dncList().equals(after.dncList())) changed.add(DNC_LIST);
        DialingStrategy a = before.dialingStrategy();
        DialingStrategy b = after.dialingStrategy();
        if (!a.callerId().equals(b.callerId())) changed.add(CALLER_ID);
        if (!a.callingHours().equals(b.callingHours()) || !before.compliancePacks().equals(after.compliancePacks())) {
            changed.add(CALLING_HOURS);
        }
        if (!a.dialingOrder().equals(b.dialingOrder())) changed.add(DIALING_ORDER);
        if (!a.maxAttemptsPerRecord().equals(b.maxAttemptsPerRecord()) || !a.defaultRetryPeriod().equals(b.defaultRetryPeriod())
                || !a.maxRingTime().equals(b.maxRingTime()) || !before.communicationLimits().equals(after.communicationLimits())) {
            changed.add(RETRY_SETTINGS);
        }
        if (before.mode() != after.mode()) {
            changed.add(DIALING_MODE);
            changed.add(MODE_SETTINGS);
        } else if (!Objects.equals(modeSettings(before), modeSettings(after))) {
            changed.add(MODE_SETTINGS);
        }
        return changed;
    }

    private static Object modeSettings(Campaign campaign) {
        return switch (campaign) {
            case AgentlessCampaign a -> java.util.List.of(a.experienceFlow(), a.machineDetection());
            case ProgressiveCampaign p -> java.util.List.of(p.queue());
            case PreviewCampaign p -> java.util.List.of(p.queue(), p.maxSkips());
        };
    }
}
