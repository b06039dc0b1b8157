package dev.voicecampaign.core.lifecycle;

import static dev.voicecampaign.core.lifecycle.CampaignStatus.ACTIVE;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.COMPLETED;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.FAILED;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.PAUSED;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.PREPARING;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.READY;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.RESCHEDULED;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.SCHEDULED;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.CommonSettings;
import dev.voicecampaign.core.campaign.CommunicationLimit;
import dev.voicecampaign.core.campaign.Description;
import dev.voicecampaign.core.campaign.ProgressiveCampaign;
import dev.voicecampaign.core.support.Campaigns;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleTest {
    private final Lifecycle lifecycle = Lifecycle.standard();

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({"PREPARING,PREPARED,READY,false", "PREPARING,PREPARATION_FAILED,FAILED,false", "FAILED,PREPARED,READY,false",
            "READY,SCHEDULE,SCHEDULED,false", "SCHEDULED,SCHEDULE,RESCHEDULED,false", "RESCHEDULED,SCHEDULE,RESCHEDULED,false",
            "READY,PLAY,ACTIVE,true", "SCHEDULED,PLAY,ACTIVE,true", "RESCHEDULED,PLAY,ACTIVE,true",
            "ACTIVE,PAUSE,PAUSED,false", "PAUSED,RESUME,ACTIVE,false", "ACTIVE,STOP,STOPPED,false", "PAUSED,STOP,STOPPED,false",
            "ACTIVE,COMPLETE,COMPLETED,false", "STOPPED,PLAY,ACTIVE,true", "COMPLETED,PLAY,ACTIVE,true",
            "STOPPED,SCHEDULE,RESCHEDULED,false", "COMPLETED,SCHEDULE,RESCHEDULED,false",
            "SCHEDULED,UNSCHEDULE,READY,false", "RESCHEDULED,UNSCHEDULE,READY,false"})
    void allowedTransitions(CampaignStatus from, LifecycleEvent event, CampaignStatus to, boolean newInstance) {
        Transition t = lifecycle.fire(from, event).get();
        assertThat(t.to()).isEqualTo(to);
        assertThat(t.startsNewInstance()).isEqualTo(newInstance);
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource({"PREPARING,PLAY", "ACTIVE,PLAY", "ACTIVE,RESUME", "PAUSED,PAUSE", "READY,STOP", "READY,PAUSE",
            "STOPPED,STOP", "COMPLETED,RESUME", "ACTIVE,SCHEDULE", "FAILED,PLAY", "READY,PREPARED"})
    void everyOtherEventIsATypedRefusal(CampaignStatus from, LifecycleEvent event) {
        assertThat(lifecycle.fire(from, event).getLeft()).isEqualTo(new IllegalTransition(from, event));
    }

    @Test
    void refusalsExplainThemselves() {
        assertThat(new IllegalTransition(ACTIVE, LifecycleEvent.PLAY).message()).isEqualTo("a campaign that is Active cannot play");
    }

    @Test
    void activeAndPreparingCampaignsCannotBeEditedAndPausedOnesOnlyPartly() {
        assertThat(lifecycle.editableIn(ACTIVE)).isEmpty();
        assertThat(lifecycle.editableIn(PREPARING)).isEmpty();
        assertThat(lifecycle.editableIn(PAUSED)).containsExactlyInAnyOrder(EditableField.NAME, EditableField.DESCRIPTION,
                EditableField.PRIORITY, EditableField.RETRY_SETTINGS);
        for (CampaignStatus s : EnumSet.of(READY, SCHEDULED, RESCHEDULED, STOPPED, COMPLETED, FAILED)) {
            assertThat(lifecycle.editableIn(s)).as(s.name()).containsExactlyInAnyOrder(EditableField.values());
        }
    }

    @Test
    void onlyDialingOrPausedCampaignsCannotBeDeleted() {
        for (CampaignStatus s : CampaignStatus.values()) {
            assertThat(lifecycle.canDelete(s)).as(s.name()).isEqualTo(s != ACTIVE && s != PAUSED);
        }
    }

    @Test
    void triggersAreTheDocumentedQueryValues() {
        assertThat(LifecycleEvent.fromTrigger("play")).contains(LifecycleEvent.PLAY);
        assertThat(LifecycleEvent.fromTrigger("stop")).contains(LifecycleEvent.STOP);
        assertThat(LifecycleEvent.fromTrigger("pause")).contains(LifecycleEvent.PAUSE);
        assertThat(LifecycleEvent.fromTrigger("resume")).contains(LifecycleEvent.RESUME);
        assertThat(LifecycleEvent.fromTrigger("prepared")).isEmpty();
        assertThat(lifecycle.eventsFrom(ACTIVE)).containsExactlyInAnyOrder(LifecycleEvent.PAUSE, LifecycleEvent.STOP, LifecycleEvent.COMPLETE,
                LifecycleEvent.RUN_ENDED, LifecycleEvent.SCHEDULE_ENDED);
    }

    @Test
    void changedFieldsAreFoundPerPart() {
        var a = Campaigns.agentless("A");
        assertThat(EditableField.changedBetween(a, a)).isEmpty();
        assertThat(EditableField.changedBetween(a, Campaigns.agentless("B"))).containsExactly(EditableField.NAME);
        ProgressiveCampaign p = Campaigns.progressive("A");
        ProgressiveCampaign described = new ProgressiveCampaign(new CommonSettings(p.name(), new Description("x"), p.contactLists(),
                p.dncList(), p.priority(), p.dialingStrategy(), p.communicationLimits(), p.compliancePacks()), new dev.voicecampaign.core.campaign.QueueRef("other"));
        assertThat(EditableField.changedBetween(p, described)).containsExactlyInAnyOrder(EditableField.DESCRIPTION, EditableField.MODE_SETTINGS);
        ProgressiveCampaign limited = p.withCommon(p.common().withCommunicationLimits(List.of(new CommunicationLimit(1, 1))));
        assertThat(EditableField.changedBetween(p, limited)).as("how often a person is called").containsExactly(EditableField.RETRY_SETTINGS);
        ProgressiveCampaign underUsRules = p.withCommon(p.common().withCompliancePacks(List.of("us")));
        assertThat(EditableField.changedBetween(p, underUsRules)).as("when calls may be placed").containsExactly(EditableField.CALLING_HOURS);
        assertThat(EditableField.changedBetween(a, p)).contains(EditableField.DIALING_MODE, EditableField.MODE_SETTINGS,
                EditableField.DNC_LIST, EditableField.PRIORITY);
    }
}
