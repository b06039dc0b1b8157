package dev.voicecampaign.docs.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.lifecycle.EditableField;
import dev.voicecampaign.core.lifecycle.Lifecycle;
import dev.voicecampaign.core.lifecycle.LifecycleEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The lifecycle page shows exactly the state machine the server runs: no edge or permission missing or invented. */
class LifecyclePageTest {
    private static final Lifecycle LIFECYCLE = Lifecycle.standard();
    private static final String PAGE = LifecyclePage.generate().content();
    private static final Pattern EDGE = Pattern.compile("^\\s*(\\S+) --> (\\S+)(?: : (.+))?$");

    /** One arrow of the diagram as read back: state names and the event's label. */
    private record Edge(String from, String event, String to) {
    }

    @Test
    void diagramEdgesAreExactlyTheDefinitionsTransitions() {
        List<Edge> drawn = edges(mermaid(PAGE));
        List<Edge> expected = new ArrayList<>();
        expected.add(new Edge("[*]", null, Lifecycle.INITIAL.wireName()));
        LIFECYCLE.transitions().forEach(t -> expected.add(new Edge(t.from().wireName(), eventOf(t.event()), t.to().wireName())));
        assertThat(drawn).containsExactlyElementsOf(expected);
    }

    @Test
    void diagramNamesAreWireNamesAndKnownEvents() {
        for (Edge e : edges(mermaid(PAGE))) {
            if (!e.from().equals("[*]")) assertThat(CampaignStatus.fromWireName(e.from())).as(e.from()).isPresent();
            assertThat(CampaignStatus.fromWireName(e.to())).as(e.to()).isPresent();
            if (e.event() != null) {
                assertThat(Arrays.stream(LifecycleEvent.values()).map(MermaidStateDiagram::eventLabel)).contains(e.event());
            }
        }
    }

    @Test
    void everyStateIsInTheTableWithExactlyItsEditsAndDeletion() {
        Map<CampaignStatus, Set<EditableField>> edits = new EnumMap<>(CampaignStatus.class);
        Map<CampaignStatus, Boolean> deletable = new EnumMap<>(CampaignStatus.class);
        for (List<String> row : MarkdownTables.rows(PAGE, "state")) {
            CampaignStatus status = CampaignStatus.fromWireName(unquote(row.get(0))).orElseThrow(() -> new AssertionError(row));
            assertThat(edits.put(status, parseFields(row.get(2)))).as("%s listed twice", status).isNull();
            deletable.put(status, switch (row.get(3)) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw new AssertionError("delete cell " + row.get(3));
            });
        }
        assertThat(edits.keySet()).containsExactlyInAnyOrder(CampaignStatus.values());
        for (CampaignStatus s : CampaignStatus.values()) {
            assertThat(edits.get(s)).as("edits in %s", s).isEqualTo(LIFECYCLE.editableIn(s));
            assertThat(deletable.get(s)).as("delete in %s", s).isEqualTo(LIFECYCLE.canDelete(s));
        }
    }

    @Test
    void everyEventIsInTheEventsTable() {
        List<String> listed = MarkdownTables.rows(PAGE, "event").stream().map(r -> unquote(r.get(0).replace(" *(ours)*", ""))).toList();
        assertThat(listed).containsExactlyElementsOf(Arrays.stream(LifecycleEvent.values()).map(MermaidStateDiagram::eventLabel).toList());
    }

    private static String mermaid(String markdown) {
        int start = markdown.indexOf("```mermaid\n");
        assertThat(start).as("a mermaid block").isNotNegative();
        int end = markdown.indexOf("```", start + 3);
        return markdown.substring(start + "```mermaid\n".length(), end);
    }

    private static List<Edge> edges(String diagram) {
        assertThat(diagram).startsWith("stateDiagram-v2\n");
        List<Edge> edges = new ArrayList<>();
        for (String line : diagram.lines().toList()) {
            Matcher m = EDGE.matcher(line);
            if (m.matches()) edges.add(new Edge(m.group(1), m.group(3), m.group(2)));
        }
        return edges;
    }

    private static String eventOf(LifecycleEvent event) {
        return event.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Set<EditableField> parseFields(String cell) {
        if (cell.equals(LifecyclePage.ALL_FIELDS)) return EnumSet.allOf(EditableField.class);
        if (cell.equals(LifecyclePage.NO_FIELDS)) return EnumSet.noneOf(EditableField.class);
        Set<EditableField> fields = EnumSet.noneOf(EditableField.class);
        for (String name : cell.split(", ")) fields.add(EditableField.valueOf(unquote(name).toUpperCase(Locale.ROOT)));
        return fields;
    }

    private static String unquote(String cell) {
        assertThat(cell).startsWith("`").endsWith("`");
        return cell.substring(1, cell.length() - 1);
    }
}
