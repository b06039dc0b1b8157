package dev.voicecampaign.http.api;

import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.usecase.CampaignQuery;
import dev.voicecampaign.core.usecase.CampaignService;
import dev.voicecampaign.core.usecase.Page;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.http.exchange.HttpResponse;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.ProblemWriter;
import dev.voicecampaign.json.ResponseWriter;
import io.vavr.collection.List;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * {@code getAllCampaignDetails}: body {@code type}, {@code skip} (or {@code page}, from 1), {@code limit}
 * (1..100, default 10), {@code startDate}/{@code endDate} (creation date range, ISO dates or instants, UTC),
 * {@code sortBy} ({@code {"name"|"createdAt"|"updatedAt": "asc"|"desc"}}, default newest first) and
 * {@code filters} ({@code status}, {@code priority}, {@code dialingMode} arrays). Answers {@code data.results}
 * with {@code skip}, {@code limit}, {@code hasMore}, {@code totalPages}, {@code totalResults}.
 */
final class ListRequests {
    private ListRequests() {
    }

    static HttpResponse answer(CampaignService service, StreamId stream, byte[] raw) {
        JsonNode body = raw.length == 0 ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : CampaignJson.parse(raw);
        java.util.List<Violation> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            return Responses.problem(ProblemWriter.invalid(List.of(Violation.error(Path.root(), "request.body.notObject", Map.of(),
                    "the body must be a JSON object"))));
        }
        int limit = (int) number(body, "limit", 10, 1, CampaignQuery.MAX_LIMIT, problems);
        long page = number(body, "page", 1, 1, Integer.MAX_VALUE, problems);
        long skip = body.has("skip") ? number(body, "skip", 0, 0, Integer.MAX_VALUE, problems) : (page - 1) * limit;
        CampaignQuery query = CampaignQuery.all().page((int) Math.min(skip, Integer.MAX_VALUE), limit);
        JsonNode filters = body.path("filters");
        query = query.withStatuses(values(filters, "status", s -> CampaignStatus.fromWireName(s), problems))
                .withModes(values(filters, "dialingMode", DialingMode::fromWireName, problems))
                .withPriorities(values(filters, "priority", p -> p.matches("[1-5]") ? Optional.of(Integer.parseInt(p)) : Optional.empty(), problems));
        query = query.createdBetween(instant(body, "startDate", false, problems), instant(body, "endDate", true, problems));
        JsonNode sort = body.path("sortBy");
        if (sort.isObject() && !sort.isEmpty()) {
            String field = sort.propertyNames().iterator().next();
            String direction = sort.path(field).asString("");
            Optional<CampaignQuery.SortField> f = switch (field) {
                case "name" -> Optional.of(CampaignQuery.SortField.NAME);
                case "createdAt" -> Optional.of(CampaignQuery.SortField.CREATED_AT);
                case "updatedAt" -> Optional.of(CampaignQuery.SortField.UPDATED_AT);
                default -> Optional.empty();
            };
            if (f.isEmpty() || !(direction.equals("asc") || direction.equals("desc"))) {
                problems.add(Violation.error(Path.of("sortBy"), "list.sortBy.notAllowed", Map.of(),
                        "must be one of name, createdAt, updatedAt with asc or desc"));
            } else {
                query = query.sortedBy(f.get(), direction.equals("asc"));
            }
        }
        if (!problems.isEmpty()) return Responses.problem(ProblemWriter.invalid(List.ofAll(problems)));
        Page<StoredCampaign> found = service.list(stream, query);
        return Responses.json(200, ResponseWriter.page(found));
    }

    private static long number(JsonNode body, String name, long fallback, long min, long max, java.util.List<Violation> problems) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) return fallback;
        if (!v.isIntegralNumber() || v.longValue() < min || v.longValue() > max) {
            problems.add(Violation.error(Path.of(name), "list." + name + ".outOfRange", Map.of("min", min, "max", max),
                    "must be a whole number between " + min + " and " + max));
            return fallback;
        }
        return v.longValue();
    }

    private static <T> Set<T> values(JsonNode filters, String name, Function<String, Optional<T>> parse, java.util.List<Violation> problems) {
        JsonNode v = filters.path(name);
        Set<T> out = new HashSet<>();
        if (v.isMissingNode() || v.isNull()) return out;
        if (!v.isArray()) {
            problems.add(Violation.error(Path.of("filters", name), "list.filters." + name + ".wrongType", Map.of(), "must be an array"));
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            Optional<T> parsed = v.get(i).isString() ? parse.apply(v.get(i).stringValue()) : Optional.empty();
            if (parsed.isPresent()) out.add(parsed.get());
            else problems.add(Violation.error(Path.of("filters", name).index(i), "list.filters." + name + ".notAllowed", Map.of(), "is not a known value"));
        }
        return out;
    }

    private static Optional<Instant> instant(JsonNode body, String name, boolean endOfDay, java.util.List<Violation> problems) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) return Optional.empty();
        String text = v.isString() ? v.stringValue() : "";
        try {
            if (text.length() == 10) {
                LocalDate d = LocalDate.parse(text);
                return Optional.of((endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(Violation.error(Path.of(name), "list." + name + ".format", Map.of("format", "YYYY-MM-DD or ISO-8601 instant"),
                    "must be a date (YYYY-MM-DD) or an ISO-8601 instant"));
            return Optional.empty();
        }
    }
}
