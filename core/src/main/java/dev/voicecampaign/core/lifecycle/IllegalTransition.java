package dev.voicecampaign.core.lifecycle;

/** The answer when an event is not allowed in the current state: nothing changes. */
public record IllegalTransition(CampaignStatus status, LifecycleEvent event) {
    public String message() {
        return "a campaign that is " + status.wireName() + " cannot " + event.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
