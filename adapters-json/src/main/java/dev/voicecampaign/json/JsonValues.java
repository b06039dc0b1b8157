package dev.voicecampaign.json;

import dev.voicecampaign.core.violation.Violation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A read-only JSON document in the lightest form the draft reader can map from: a string is a
 * {@link String}, a boolean a {@link Boolean}, a whole number a {@link Long} or {@link java.math.BigInteger},
 * any other number a {@link java.math.BigDecimal}, {@code null} is {@link #NULL}, and arrays and objects
 * are {@link Array} and {@link JsonObject}. Against Jackson's tree it saves a node per value and a hash map
 * per object, which is most of the cost of reading a campaign body.
 */
final class JsonValues {
    /** The JSON {@code null}. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private JsonValues() {
    }

    /** A JSON array. */
    record Array(Object[] items) {
        int size() {
            return items.length;
        }

        Object get(int i) {
            return items[i];
        }
    }

    /**
     * A JSON object: names in the order of their first appearance, each with its first value (a
     * repeated key is reported while building and its value dropped). Looked up by scanning while
     * small, through an index once large.
     */
    static final class JsonObject {
        private static final int SCANNED = 16;
        private String[] names = new String[8];
        private Object[] values = new Object[8];
        private int size;
        private Map<String, Integer> index;

        /** The value of {@code name}, or null when absent. */
        Object get(String name) {
            if (index != null) {
                Integer at = index.get(name);
                return at == null ? null : values[at];
            }
            // Names are interned by the parser, and looked up by literals: identity finds them at once.
            for (int i = 0; i < size; i++) {
                if (names[i] == name) return values[i];
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) return values[i];
            }
            return null;
        }

        /** Adds {@code name} unless present; false when it was a repeat. */
        boolean putFirst(String name, Object value) {
            if (get(name) != null) return false;
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            if (index != null) {
                index.put(name, size);
            } else if (size + 1 > SCANNED) {
                index = new HashMap<>();
                for (int i = 0; i <= size; i++) index.put(names[i], i);
            }
            size++;
            return true;
        }

        /** The names, in order of first appearance. */
        List<String> names() {
            return Arrays.asList(names).subList(0, size);
        }
    }

    static Object value(JsonParser p, JsonToken token, JsonTreeReader.DocumentPath at, List<Violation> duplicates) {
        return switch (token) {
            case START_OBJECT -> {
                JsonObject object = new JsonObject();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    at.push(name);
                    Object child = value(p, p.nextToken(), at, duplicates);
                    at.pop();
                    if (!object.putFirst(name, child)) duplicates.add(JsonTreeReader.duplicate(at, name));
                }
                yield object;
            }
            case START_ARRAY -> {
                Object[] items = new Object[4];
                int n = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (n == items.length) items = Arrays.copyOf(items, n * 2);
                    at.push(n);
                    items[n++] = value(p, t, at, duplicates);
                    at.pop();
                }
                yield new Array(n == items.length ? items : Arrays.copyOf(items, n));
            }
            case VALUE_STRING -> p.getString();
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT, LONG -> p.getLongValue();
                default -> p.getBigIntegerValue();
            };
            case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> NULL;
            default -> throw new IllegalStateException("unexpected token " + token);
        };
    }
}
