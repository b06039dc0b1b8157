package dev.voicecampaign.docs.pages;

import dev.voicecampaign.core.hours.WireTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link WeekChart} as a standalone SVG: seven day rows by 24 hour columns in the chart
 * zone's local time, each open interval as filled bars (split at local midnight), daylight-saving
 * changes hatched, hour gridlines, day labels, a title and a legend. Plain SVG with a generic font
 * and no scripts, so it renders the same everywhere and is byte-identical on every build. Each bar
 * carries the instants it stands for as {@code data-start} and {@code data-end}, which lets tests
 * read the chart back.
 */
public final class WeekChartSvg {
    /** Left edge of the hour grid (room for the day labels). */
    public static final double LEFT = 90;
    /** Top edge of the first day row. */
    public static final double TOP = 70;
    public static final double HOUR_WIDTH = 30;
    public static final double ROW_HEIGHT = 30;
    /** Space between a row's edge and its bars. */
    public static final double BAR_INSET = 6;
    public static final String OPEN_CLASS = "open";
    /** Bars of the campaign's own schedule, behind a cut one. */
    public static final String CAMPAIGN_ALONE_CLASS = "campaign-alone";
    public static final String GAP_CLASS = "clock-gap";
    public static final String REPEAT_CLASS = "clock-repeat";

    private static final double GRID_WIDTH = 24 * HOUR_WIDTH;
    private static final double WIDTH = LEFT + GRID_WIDTH + 20;
    private static final double LEGEND_TOP = TOP + 7 * ROW_HEIGHT + 22;
    private static final double HEIGHT = LEGEND_TOP + 30;
    private static final String FONT = "font-family=\"sans-serif\"";
    private static final String OPEN_FILL = "#2f6fae";
    private static final String CAMPAIGN_ALONE_FILL = "#c5d9ec";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.US);
    private static final DateTimeFormatter WEEK_DAY = DateTimeFormatter.ofPattern("EEE MMM d, uuuu", Locale.US);

    private WeekChartSvg() {
    }

    public static String render(WeekChart chart) {
        List<DayBar> bars = DayBar.split(chart.openIntervals(), chart.zone());
        List<ClockChange> changes = ClockChange.within(chart.zone(), chart.from(), chart.to());
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(WIDTH)).append("\" height=\"").append(n(HEIGHT))
                .append("\" viewBox=\"0 0 ").append(n(WIDTH)).append(' ').append(n(HEIGHT)).append("\" role=\"img\">\n");
        svg.append("  <title>").append(escape(chart.title())).append("</title>\n");
        if (!changes.isEmpty()) {
            svg.append("  <defs>\n");
            if (changes.stream().anyMatch(ClockChange::gap)) hatch(svg, GAP_CLASS, "#c0392b");
            if (changes.stream().anyMatch(c -> !c.gap())) hatch(svg, REPEAT_CLASS, "#8e44ad");
            svg.append("  </defs>\n");
        }
        svg.append("  <rect x=\"0\" y=\"0\" width=\"").append(n(WIDTH)).append("\" height=\"").append(n(HEIGHT)).append("\" fill=\"#ffffff\"/>\n");
        text(svg, 12, 22, 15, "start", "bold", chart.title());
        text(svg, 12, 40, 11, "start", null, "Local time in " + chart.zone().getId() + ", week of " + chart.monday().format(WEEK_DAY)
                + "; open " + CallingHoursPage.hoursAndMinutes(chart.openMinutes()) + " in all");
        grid(svg, chart.monday());
        List<DayBar> behind = chart.campaignAlone().map(c -> DayBar.split(c.openIntervals(chart.from(), chart.to()), chart.zone()))
                .orElse(List.of());
        for (DayBar bar : behind) bar(svg, chart, bar, CAMPAIGN_ALONE_CLASS, CAMPAIGN_ALONE_FILL);
        for (DayBar bar : bars) bar(svg, chart, bar, OPEN_CLASS, OPEN_FILL);
        for (ClockChange change : changes) {
            int row = (int) (change.date().toEpochDay() - chart.monday().toEpochDay());
            String cls = change.gap() ? GAP_CLASS : REPEAT_CLASS;
            String what = change.gap() ? "never happens: clocks jump forward" : "happens twice: clocks fall back";
            svg.append("  <rect class=\"").append(cls).append("\" x=\"").append(n(x(change.fromMinute())))
                    .append("\" y=\"").append(n(TOP + row * ROW_HEIGHT + 1))
                    .append("\" width=\"").append(n(x(change.toMinute()) - x(change.fromMinute())))
                    .append("\" height=\"").append(n(ROW_HEIGHT - 2)).append("\" fill=\"url(#").append(cls)
                    .append(")\" data-date=\"").append(change.date()).append("\"><title>")
                    .append(escape(change.date().format(DAY) + ", " + clock(change.fromMinute()) + " to " + clock(change.toMinute())
                            + " " + what)).append("</title></rect>\n");
        }
        legend(svg, changes, !behind.isEmpty());
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void bar(StringBuilder svg, WeekChart chart, DayBar bar, String cls, String fill) {
        int row = (int) (bar.date().toEpochDay() - chart.monday().toEpochDay());
        svg.append("  <rect class=\"").append(cls).append("\" x=\"").append(n(x(bar.startMinute())))
                .append("\" y=\"").append(n(TOP + row * ROW_HEIGHT + BAR_INSET))
                .append("\" width=\"").append(n(x(bar.endMinute()) - x(bar.startMinute())))
                .append("\" height=\"").append(n(ROW_HEIGHT - 2 * BAR_INSET)).append("\" rx=\"2\" fill=\"").append(fill)
                .append("\" data-start=\"").append(bar.start()).append("\" data-end=\"").append(bar.end()).append("\">")
                .append("<title>").append(escape(bar.date().format(DAY) + ", " + clock(bar.startMinute()) + " to "
                        + clock(bar.endMinute()))).append("</title></rect>\n");
    }

    /** The x coordinate of a wall-clock minute of the day. */
    public static double x(double minuteOfDay) {
        return LEFT + minuteOfDay * HOUR_WIDTH / 60;
    }

    private static void grid(StringBuilder svg, LocalDate monday) {
        double bottom = TOP + 7 * ROW_HEIGHT;
        for (int day = 0; day < 7; day++) {
            double y = TOP + day * ROW_HEIGHT;
            if (day % 2 == 1) {
                svg.append("  <rect x=\"").append(n(LEFT)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(GRID_WIDTH))
                        .append("\" height=\"").append(n(ROW_HEIGHT)).append("\" fill=\"#f4f6f8\"/>\n");
            }
            text(svg, LEFT - 8, y + ROW_HEIGHT / 2 + 4, 11, "end", null, monday.plusDays(day).format(DAY));
        }
        for (int hour = 0; hour <= 24; hour++) {
            double x = LEFT + hour * HOUR_WIDTH;
            String stroke = hour % 6 == 0 ? "#9aa5b1" : "#d9dee3";
            svg.append("  <line x1=\"").append(n(x)).append("\" y1=\"").append(n(TOP)).append("\" x2=\"").append(n(x))
                    .append("\" y2=\"").append(n(bottom)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1\"/>\n");
            if (hour % 3 == 0) text(svg, x, TOP - 8, 10, "middle", null, hourLabel(hour));
        }
        for (int day = 0; day <= 7; day++) {
            double y = TOP + day * ROW_HEIGHT;
            svg.append("  <line x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(y)).append("\" x2=\"").append(n(LEFT + GRID_WIDTH))
                    .append("\" y2=\"").append(n(y)).append("\" stroke=\"#9aa5b1\" stroke-width=\"1\"/>\n");
        }
    }

    private static void legend(StringBuilder svg, List<ClockChange> changes, boolean campaignAlone) {
        double x = LEFT;
        x = legendItem(svg, x, OPEN_FILL, "open: calls may be placed");
        if (campaignAlone) x = legendItem(svg, x, CAMPAIGN_ALONE_FILL, "campaign's own hours, closed by the party's rule");
        if (changes.stream().anyMatch(ClockChange::gap)) x = legendItem(svg, x, "url(#" + GAP_CLASS + ")", "local time that never happens (clocks spring forward)");
        if (changes.stream().anyMatch(c -> !c.gap())) legendItem(svg, x, "url(#" + REPEAT_CLASS + ")", "local time that happens twice (clocks fall back)");
    }

    private static double legendItem(StringBuilder svg, double x, String fill, String label) {
        svg.append("  <rect x=\"").append(n(x)).append("\" y=\"").append(n(LEGEND_TOP)).append("\" width=\"14\" height=\"14\" fill=\"")
                .append(fill).append("\" stroke=\"#9aa5b1\" stroke-width=\"1\"/>\n");
        text(svg, x + 20, LEGEND_TOP + 11, 11, "start", null, label);
        return x + 20 + label.length() * 6 + 24;
    }

    private static void hatch(StringBuilder svg, String id, String color) {
        svg.append("    <pattern id=\"").append(id).append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#ffffff\" fill-opacity=\"0.55\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(color).append("\" stroke-width=\"3\"/></pattern>\n");
    }

    private static void text(StringBuilder svg, double x, double y, int size, String anchor, String weight, String content) {
        svg.append("  <text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" ").append(FONT)
                .append(" font-size=\"").append(size).append("\" text-anchor=\"").append(anchor).append('"');
        if (weight != null) svg.append(" font-weight=\"").append(weight).append('"');
        svg.append(" fill=\"#1f2933\">").append(escape(content)).append("</text>\n");
    }

    private static String hourLabel(int hour) {
        int h = hour % 12 == 0 ? 12 : hour % 12;
        return h + (hour % 24 < 12 ? " AM" : " PM");
    }

    /** A wall-clock minute as the API writes times; 1440 is the midnight ending the day. */
    private static String clock(double minuteOfDay) {
        return WireTime.format(LocalTime.ofSecondOfDay(Math.round(minuteOfDay * 60) % (24 * 3600)));
    }

    /** A coordinate with at most two decimals and no trailing zeros, so the output never depends on float printing. */
    private static String n(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
