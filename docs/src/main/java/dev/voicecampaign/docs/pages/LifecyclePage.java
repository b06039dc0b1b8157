package dev.voicecampaign.docs.pages;

import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.lifecycle.EditableField;
import dev.voicecampaign.core.lifecycle.Lifecycle;
import dev.voicecampaign.core.lifecycle.LifecycleEvent;
import dev.voicecampaign.core.lifecycle.Transition;
import dev.voicecampaign.docs.GeneratedFile;
import dev.voicecampaign.http.routing.Route;
import dev.voicecampaign.http.routing.RouteId;
import dev.voicecampaign.http.routing.Router;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code lifecycle.md}: the campaign state machine of {@link Lifecycle#standard()} as a Mermaid
 * diagram, the states with the edits and deletion each allows, the events with what raises them,
 * and every transition. The routes come from the server's route table; what we added to the hosted
 * API's lifecycle (docs/DECISIONS.md, Lifecycle) is marked.
 */
public final class LifecyclePage {
    public static final String PATH = "lifecycle.md";

    /** States the hosted API does not document (docs/DECISIONS.md, Lifecycle). */
    public static final Set<CampaignStatus> OUR_STATES = EnumSet.of(CampaignStatus.FAILED);
    /** Events the hosted API does not offer: its pause is UI-only, and it has no failed preparation. */
    public static final Set<LifecycleEvent> OUR_EVENTS = EnumSet.of(LifecycleEvent.PREPARATION_FAILED,
            LifecycleEvent.PAUSE, LifecycleEvent.RESUME);

    /** Written in the "edits" column when a state allows every field. */
    public static final String ALL_FIELDS = "any field";
    /** Written in the "edits" column when a state allows no edit. */
    public static final String NO_FIELDS = "none";

    private final Lifecycle lifecycle;

    public LifecyclePage(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public static GeneratedFile generate() {
        return new GeneratedFile(PATH, new LifecyclePage(Lifecycle.standard()).markdown());
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Campaign lifecycle\n\n");
        md.append("<!-- Generated from Lifecycle.standard() by LifecyclePage; do not edit. Regenerate with ./dev docs. -->\n\n");
        md.append("Every campaign is in one state, shown as `status` in the API's responses. A new campaign starts in `")
                .append(Lifecycle.INITIAL.wireName()).append("`; events move it along the arrows below. ")
                .append("An event its state does not list is refused with `409 illegal-transition` and changes nothing. ")
                .append("What we added to the hosted API's lifecycle is marked *ours* (see ")
                .append("[the decisions](../DECISIONS.md#lifecycle)); dashed states in the diagram are ours.\n\n");

        md.append("## State diagram\n\n```mermaid\n").append(MermaidStateDiagram.of(lifecycle, OUR_STATES)).append("```\n\n");

        md.append("## States\n\n");
        md.append("*Edits* lists the fields an update may change in that state (an update changing any other field gets ")
                .append("`409 not-editable`); *delete* says whether the campaign may be deleted.\n\n");
        MarkdownTable states = new MarkdownTable("state", "meaning", "edits", "delete", "accepts");
        for (CampaignStatus s : CampaignStatus.values()) {
            states.row("`" + s.wireName() + "`", meaning(s) + (OUR_STATES.contains(s) ? " *Ours.*" : ""),
                    fields(lifecycle.editableIn(s)), lifecycle.canDelete(s) ? "yes" : "no",
                    lifecycle.eventsFrom(s).stream().map(e -> "`" + MermaidStateDiagram.eventLabel(e) + "`")
                            .collect(Collectors.joining(", ")));
        }
        md.append(states.render()).append('\n');

        md.append("The fields named in *edits*:\n\n");
        MarkdownTable fields = new MarkdownTable("field", "request fields");
        for (EditableField f : EditableField.values()) fields.row("`" + fieldName(f) + "`", requestFields(f));
        md.append(fields.render()).append('\n');

        md.append("## Events\n\n");
        md.append("Clients raise events through two routes: the trigger route, `POST ").append(route(RouteId.TRIGGER_V2))
                .append("?trigger=...` (v1: `POST ").append(route(RouteId.TRIGGER_V1)).append("?trigger=...`), ")
                .append("and the schedule route, `POST ").append(route(RouteId.SCHEDULE)).append("?campaignName=...`. ")
                .append("The server raises the others itself.\n\n");
        MarkdownTable events = new MarkdownTable("event", "wire", "raised by");
        for (LifecycleEvent e : LifecycleEvent.values()) {
            events.row("`" + MermaidStateDiagram.eventLabel(e) + "`" + (OUR_EVENTS.contains(e) ? " *(ours)*" : ""),
                    wire(e), raisedBy(e));
        }
        md.append(events.render()).append('\n');

        md.append("## Transitions\n\n");
        md.append("*New run*: the campaign gets a new `campaignInstanceId` and dials its full list from the start.\n\n");
        MarkdownTable transitions = new MarkdownTable("from", "event", "to", "new run", "why");
        for (Transition t : lifecycle.transitions()) {
            transitions.row("`" + t.from().wireName() + "`", "`" + MermaidStateDiagram.eventLabel(t.event()) + "`",
                    "`" + t.to().wireName() + "`", t.startsNewInstance() ? "yes" : "", t.why());
        }
        md.append(transitions.render());
        return md.toString();
    }

    /** The "edits" cell: {@link #ALL_FIELDS}, {@link #NO_FIELDS}, or the fields in declaration order. */
    static String fields(Set<EditableField> editable) {
        if (editable.isEmpty()) return NO_FIELDS;
        if (editable.containsAll(EnumSet.allOf(EditableField.class))) return ALL_FIELDS;
        return EnumSet.copyOf(editable).stream().map(f -> "`" + fieldName(f) + "`").collect(Collectors.joining(", "));
    }

    /** A field as the API's 409 messages name it: {@code retry_settings}. */
    public static String fieldName(EditableField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    private static String meaning(CampaignStatus status) {
        return switch (status) {
            case PREPARING -> "Just created; its lists and other names are being resolved.";
            case READY -> "Prepared; can be started or scheduled.";
            case SCHEDULED -> "Will start at its scheduled time.";
            case RESCHEDULED -> "Its schedule was changed, or a new run was scheduled after an earlier one.";
            case ACTIVE -> "Dialing.";
            case PAUSED -> "Dialing suspended; `resume` continues the same run.";
            case STOPPED -> "Stopped by a user, or at the end of its schedule's last run; `play` reruns it.";
            case COMPLETED -> "Every record was handled; `play` reruns it.";
            case FAILED -> "Preparation could not finish: a name no longer resolves.";
        };
    }

    private static String requestFields(EditableField field) {
        return switch (field) {
            case NAME -> "`name`";
            case DESCRIPTION -> "`description`";
            case PRIORITY -> "`priority`";
            case CONTACT_LISTS -> "`contactLists`";
            case DNC_LIST -> "`dncLists`";
            case DIALING_MODE -> "`dialingMode` (changing it also changes `mode_settings`)";
            case CALLER_ID -> "`dialingStrategy.callerId`";
            case CALLING_HOURS -> "`dialingStrategy.callingHours` (see [calling hours](calling-hours.md)), `compliancePacks`";
            case DIALING_ORDER -> "`dialingStrategy.dialingOrder`";
            case RETRY_SETTINGS -> "`dialingStrategy.maxAttemptsPerRecord`, `.defaultRetryPeriod`, `.maxRingTime`, `communicationLimits`";
            case MODE_SETTINGS -> "`queue_name`, `experienceFlowName`, `maxSkips`, `enableMachineDetect`";
        };
    }

    private static String wire(LifecycleEvent event) {
        return switch (event) {
            case PLAY, PAUSE, RESUME, STOP -> "`trigger=" + event.trigger().orElseThrow() + "`";
            case SCHEDULE -> "schedule route with a schedule body";
            case UNSCHEDULE -> "schedule route with `enableSchedule=false`";
            case PREPARED, PREPARATION_FAILED, COMPLETE, RUN_ENDED, SCHEDULE_ENDED -> "none";
        };
    }

    private static String raisedBy(LifecycleEvent event) {
        return switch (event) {
            case PREPARED -> "The server, in the background right after create when every name resolves, and on an update "
                    + "of a `Failed` campaign whose names all resolve.";
            case PREPARATION_FAILED -> "The server, right after create when a name does not resolve, and at `play` when a name "
                    + "no longer resolves (the trigger then answers 409 `references-unresolved`).";
            case SCHEDULE, UNSCHEDULE, PLAY, STOP -> "A client.";
            case PAUSE, RESUME -> "A client. The hosted product pauses from its UI only; the trigger is our extension.";
            case COMPLETE -> "The dialer, once every record was handled. The reference server places no calls, so it never raises it.";
            case RUN_ENDED -> "The server's schedule ticker, at the end of a run the schedule started, when the schedule has a later run.";
            case SCHEDULE_ENDED -> "The server's schedule ticker, at the end of the schedule's last run.";
        };
    }

    private static String route(RouteId id) {
        return Router.ROUTES.stream().filter(r -> r.id() == id).map(Route::template).findFirst()
                .orElseThrow(() -> new IllegalStateException("no route " + id));
    }
}
