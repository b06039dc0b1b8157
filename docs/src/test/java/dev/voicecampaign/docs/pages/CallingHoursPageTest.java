package dev.voicecampaign.docs.pages;

import static dev.voicecampaign.docs.pages.ExampleCallingHours.CAMPAIGN_ZONE;
import static dev.voicecampaign.docs.pages.ExampleCallingHours.ORDINARY_WEEK;
import static dev.voicecampaign.docs.pages.ExampleCallingHours.PARTY_ZONE;
import static dev.voicecampaign.docs.pages.ExampleCallingHours.SPRING_FORWARD_WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.voicecampaign.core.hours.CallingSchedule;
import dev.voicecampaign.core.hours.OpenInterval;
import dev.voicecampaign.core.hours.WeeklySchedule;
import dev.voicecampaign.docs.GeneratedFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The calling-hours charts draw exactly what the engine answers, read back from the SVG files the
 * build writes; the weekly figure on the page is the engine's.
 */
class CallingHoursPageTest {
    private static final Map<String, String> FILES = CallingHoursPage.generate().stream()
            .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
    private static final WeeklySchedule CAMPAIGN = WeeklySchedule.compile(ExampleCallingHours.campaign());
    private static final WeeklySchedule PARTY = WeeklySchedule.compile(ExampleCallingHours.partyRule());

    /** One drawn bar as read back: what it claims to stand for, and where it is. */
    private record Bar(Instant start, Instant end, double x, double y, double width) {
    }

    @Test
    void ordinaryWeekChartDrawsTheCampaignsOpenIntervals() throws Exception {
        assertChartDraws(CallingHoursPage.WEEK_CHART, CAMPAIGN, CAMPAIGN_ZONE, ORDINARY_WEEK);
    }

    @Test
    void partyChartDrawsTheIntersectionWithThePartysRuleInThePartysZone() throws Exception {
        assertChartDraws(CallingHoursPage.PARTY_CHART, CAMPAIGN.and(PARTY), PARTY_ZONE, ORDINARY_WEEK);
    }

    @Test
    void springForwardChartDrawsTheCampaignsOpenIntervalsAndTheGap() throws Exception {
        assertChartDraws(CallingHoursPage.SPRING_FORWARD_CHART, CAMPAIGN, CAMPAIGN_ZONE, SPRING_FORWARD_WEEK);
        List<Element> gaps = elements(parse(CallingHoursPage.SPRING_FORWARD_CHART), WeekChartSvg.GAP_CLASS);
        assertThat(gaps).hasSize(1);
        assertThat(gaps.getFirst().getAttribute("data-date")).isEqualTo("2025-03-09");
        assertThat(number(gaps.getFirst(), "x")).isCloseTo(WeekChartSvg.x(120), within(0.01));
        assertThat(number(gaps.getFirst(), "width")).isCloseTo(WeekChartSvg.HOUR_WIDTH, within(0.01));
    }

    @Test
    void overlapChartDrawsTheHoleTheGapLeavesBetweenOverlappingWindows() throws Exception {
        WeeklySchedule overlapping = WeeklySchedule.compile(CallingHoursPage.OVERLAPPING);
        assertChartDraws(CallingHoursPage.OVERLAP_CHART, overlapping, CAMPAIGN_ZONE, SPRING_FORWARD_WEEK);
        Instant sunday = SPRING_FORWARD_WEEK.plusDays(6).atStartOfDay(CAMPAIGN_ZONE).toInstant();
        assertThat(overlapping.openIntervals(sunday, sunday.plus(java.time.Duration.ofDays(1)))).as("two stretches, a hole between").hasSize(2);
        assertThat(FILES.get(CallingHoursPage.PATH)).contains("3:15 AM (UTC-04:00)").contains("3:30 AM (UTC-04:00)");
    }

    @Test
    void ordinaryWeeksHaveNoClockChangeMarked() throws Exception {
        for (String file : List.of(CallingHoursPage.WEEK_CHART, CallingHoursPage.PARTY_CHART)) {
            Document svg = parse(file);
            assertThat(elements(svg, WeekChartSvg.GAP_CLASS)).as(file).isEmpty();
            assertThat(elements(svg, WeekChartSvg.REPEAT_CLASS)).as(file).isEmpty();
        }
    }

    @Test
    void pageStatesTheEnginesCallableMinutesPerWeek() {
        Matcher m = Pattern.compile("\\*\\*(\\d+)\\*\\* " + CallingHoursPage.MINUTES_PHRASE).matcher(FILES.get(CallingHoursPage.PATH));
        assertThat(m.find()).as("the weekly figure on the page").isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(CAMPAIGN.callableMinutesPerWeek());
        assertThat(m.find()).as("only one weekly figure").isFalse();
    }

    @Test
    void pageEmbedsEveryChartByRelativeLink() {
        List<String> charts = FILES.keySet().stream().filter(p -> p.endsWith(".svg")).sorted().toList();
        assertThat(charts).containsExactlyInAnyOrder(CallingHoursPage.WEEK_CHART, CallingHoursPage.PARTY_CHART,
                CallingHoursPage.SPRING_FORWARD_CHART, CallingHoursPage.OVERLAP_CHART);
        for (String chart : charts) assertThat(FILES.get(CallingHoursPage.PATH)).contains("](" + chart + ")");
    }

    private static void assertChartDraws(String file, CallingSchedule schedule, ZoneId zone, LocalDate monday) throws Exception {
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        List<Bar> bars = elements(parse(file), WeekChartSvg.OPEN_CLASS).stream().map(CallingHoursPageTest::bar)
                .sorted(Comparator.comparing(Bar::start)).toList();

        assertThat(merged(bars)).as(file + ": bars read back and joined at midnight").isEqualTo(schedule.openIntervals(from, to));
        for (Bar bar : bars) {
            ZonedDateTime start = bar.start().atZone(zone);
            ZonedDateTime end = bar.end().atZone(zone);
            int row = (int) (start.toLocalDate().toEpochDay() - monday.toEpochDay());
            boolean endsAtMidnight = !end.toLocalDate().equals(start.toLocalDate());
            double endMinute = endsAtMidnight ? 24 * 60 : end.toLocalTime().toSecondOfDay() / 60.0;
            if (endsAtMidnight) assertThat(end.toLocalTime()).as(file + ": a bar never crosses midnight").hasToString("00:00");
            assertThat(bar.y()).as(file + ": row of " + bar).isCloseTo(WeekChartSvg.TOP + row * WeekChartSvg.ROW_HEIGHT
                    + WeekChartSvg.BAR_INSET, within(0.01));
            assertThat(bar.x()).as(file + ": x of " + bar).isCloseTo(WeekChartSvg.x(start.toLocalTime().toSecondOfDay() / 60.0), within(0.01));
            assertThat(bar.x() + bar.width()).as(file + ": right edge of " + bar).isCloseTo(WeekChartSvg.x(endMinute), within(0.01));
        }
    }

    /** Joins bars that touch (the halves of an interval split at midnight). */
    private static List<OpenInterval> merged(List<Bar> bars) {
        List<OpenInterval> out = new ArrayList<>();
        for (Bar bar : bars) {
            if (!out.isEmpty() && out.getLast().end().equals(bar.start())) {
                out.set(out.size() - 1, new OpenInterval(out.getLast().start(), bar.end()));
            } else {
                out.add(new OpenInterval(bar.start(), bar.end()));
            }
        }
        return out;
    }

    private static Document parse(String file) throws Exception {
        assertThat(FILES).containsKey(file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document svg = builder.parse(new ByteArrayInputStream(FILES.get(file).getBytes(StandardCharsets.UTF_8)));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        return svg;
    }

    private static List<Element> elements(Document svg, String cssClass) {
        NodeList rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("class").equals(cssClass)) found.add(rect);
        }
        return found;
    }

    private static Bar bar(Element rect) {
        return new Bar(Instant.parse(rect.getAttribute("data-start")), Instant.parse(rect.getAttribute("data-end")),
                number(rect, "x"), number(rect, "y"), number(rect, "width"));
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
