package dev.voicecampaign.http.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** HTTP headers with case-insensitive names (HTTP says so; the hosted API's clients send {@code accountid} and {@code accountId}). */
public record Headers(Map<String, List<String>> values) {
    public Headers {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        values.forEach((k, v) -> copy.merge(k, List.copyOf(v), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public static Headers of(String... namesAndValues) {
        Map<String, List<String>> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.computeIfAbsent(namesAndValues[i], k -> new java.util.ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return new Headers(m);
    }

    /** The first value of the header, if sent. */
    public Optional<String> first(String name) {
        List<String> v = values.get(name.toLowerCase(Locale.ROOT));
        if (v == null) v = values.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }
}
