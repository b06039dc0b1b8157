package dev.voicecampaign.json;

import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.RequestCodes;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads request bodies under {@link ReadLimits} with Jackson's tokenizer: {@link #parse} is the one entry
 * every reader goes through (limits, strict UTF-8, trailing content, errors), and {@link #read} builds a
 * Jackson tree itself so that a repeated key is reported with its exact pointer (the first value is kept).
 */
final class JsonTreeReader {
    /** The tree, or the single reason there is none, plus duplicate-key errors. */
    record Tree(JsonNode root, Violation failure, List<Violation> duplicates) {
    }

    /** Reads the document's root value from the parser, whose current token is {@code first}. */
    interface RootReader<R> {
        R read(JsonParser p, JsonToken first);
    }

    /** What a {@link RootReader} made of the body, or the single reason the body is unusable. */
    record Parsed<R>(R root, Violation failure) {
    }

    /**
     * Property names are interned: the canonicalizer makes each distinct name once, and a look-up of a name the
     * readers know then meets the very same string.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .streamReadConstraints(ReadLimits.constraints()).build();

    /** Writes trees (responses, problems) with the same factory. */
    static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTreeReader() {
    }

    /** The answer for a body that gives no object to map (not JSON, beyond a limit, or JSON but not an object); empty otherwise. */
    static <D> java.util.Optional<ReadResult<D>> unusable(Tree tree) {
        if (tree.failure() != null) return java.util.Optional.of(new ReadResult<>(java.util.Optional.empty(), io.vavr.collection.List.of(tree.failure())));
        if (tree.root().isObject()) return java.util.Optional.empty();
        return java.util.Optional.of(new ReadResult<>(java.util.Optional.empty(), io.vavr.collection.List.of(error(RequestCodes.NOT_OBJECT,
                "the body must be a JSON object, not {found}", "found", DraftReader.kind(tree.root())))));
    }

    static Tree read(byte[] body) {
        List<Violation> duplicates = new java.util.ArrayList<>();
        Parsed<JsonNode> parsed = parse(body, (p, first) -> node(p, first, new DocumentPath(), duplicates));
        return new Tree(parsed.root(), parsed.failure(), duplicates);
    }

    /**
     * Runs {@code reader} over the body under {@link ReadLimits}, after checking the body is not empty,
     * not too large and strict UTF-8, and refuses anything after the root value. Never throws on
     * content: syntax errors and exceeded limits become the one failure, whatever the reader had found.
     */
    static <R> Parsed<R> parse(byte[] body, RootReader<R> reader) {
        if (body == null || isBlank(body)) return new Parsed<>(null, error(RequestCodes.EMPTY, "the body is empty"));
        if (body.length > ReadLimits.MAX_DOCUMENT_BYTES) {
            return new Parsed<>(null, error(RequestCodes.LIMIT_EXCEEDED, "the body exceeds {limit}", "limit",
                    "document length " + ReadLimits.MAX_DOCUMENT_BYTES + " bytes"));
        }
        int invalid = Utf8.firstInvalid(body);
        if (invalid >= 0) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < invalid; i++) {
                if (body[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Parsed<>(null, malformed(line, invalid - lineStart + 1, "invalid UTF-8"));
        }
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
            JsonToken first = parser.nextToken();
            // Only white space in an encoding Jackson detects from the first bytes (UTF-16, UTF-32).
            if (first == null) return new Parsed<>(null, error(RequestCodes.EMPTY, "the body is empty"));
            R root = reader.read(parser, first);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                return new Parsed<>(null, malformed(at.getLineNr(), at.getColumnNr(), "unexpected content after the JSON value"));
            }
            return new Parsed<>(root, null);
        } catch (StreamConstraintsException e) {
            return new Parsed<>(null, error(RequestCodes.LIMIT_EXCEEDED, "the body exceeds {limit}", "limit", limitName(e)));
        } catch (NumberFormatException e) {
            // Jackson throws it, unwrapped, for a number whose exponent is beyond BigDecimal's (1e99999999999).
            return new Parsed<>(null, error(RequestCodes.LIMIT_EXCEEDED, "the body exceeds {limit}", "limit", ReadLimits.NUMBER_EXPONENT));
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            return new Parsed<>(null, malformed(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    firstLine(e.getOriginalMessage())));
        }
    }

    /**
     * Where the builder is in the document, kept as a stack of names and indices rather than a
     * {@link Path} per value: a path is only made for a repeated key.
     */
    static final class DocumentPath {
        private Object[] steps = new Object[8];
        private int depth;

        void push(Object nameOrIndex) {
            if (depth == steps.length) steps = java.util.Arrays.copyOf(steps, depth * 2);
            steps[depth++] = nameOrIndex;
        }

        void pop() {
            steps[--depth] = null;
        }

        /** The path to the current place. */
        Path here() {
            Path path = Path.root();
            for (int i = 0; i < depth; i++) path = steps[i] instanceof Integer index ? path.index(index) : path.field((String) steps[i]);
            return path;
        }

        /** The path to the current place, then {@code name}. */
        Path field(String name) {
            return here().field(name);
        }
    }

    /** A value of the wrong JSON type at {@code where}; the field is left absent. */
    static Violation wrongType(Path where, String expected) {
        return Violation.error(where, RequestCodes.WRONG_TYPE, Map.of("expected", expected), "must be a JSON " + expected);
    }

    /** A member the body does not have, at {@code where}: a warning, the value ignored. */
    static Violation unknown(Path where) {
        return Violation.warning(where, RequestCodes.UNKNOWN_FIELD, Map.of(), "is not a field of this request and is ignored");
    }

    static Violation duplicate(DocumentPath at, String name) {
        return Violation.error(at.field(name), RequestCodes.DUPLICATE_FIELD, Map.of(),
                "appears more than once in its object; the first value is used");
    }

    private static JsonNode node(JsonParser p, JsonToken token, DocumentPath at, List<Violation> duplicates) {
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    at.push(name);
                    JsonNode child = node(p, p.nextToken(), at, duplicates);
                    at.pop();
                    if (object.has(name)) {
                        duplicates.add(duplicate(at, name));
                    } else {
                        object.set(name, child);
                    }
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    at.push(i++);
                    array.add(node(p, t, at, duplicates));
                    at.pop();
                }
                yield array;
            }
            case VALUE_STRING -> NODES.stringNode(p.getString());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("unexpected token " + token);
        };
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return false;
        return true;
    }

    private static String limitName(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) return "nesting depth " + ReadLimits.MAX_NESTING_DEPTH;
        if (m.contains("Number value length")) return "number length " + ReadLimits.MAX_NUMBER_LENGTH;
        if (m.contains("String value length")) return "string length " + ReadLimits.MAX_STRING_LENGTH;
        if (m.contains("Name length")) return "name length " + ReadLimits.MAX_NAME_LENGTH;
        if (m.contains("Document length")) return "document length " + ReadLimits.MAX_DOCUMENT_BYTES + " bytes";
        return "read limits";
    }

    private static String firstLine(String message) {
        if (message == null) return "not valid JSON";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static Violation malformed(int line, int column, String detail) {
        return error(RequestCodes.MALFORMED, "not valid JSON at line {line}, column {column}: " + detail.replace("{", "(").replace("}", ")"),
                "line", line, "column", column);
    }

    static Violation error(String code, String template, Object... kv) {
        Map<String, Object> args = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) args.put((String) kv[i], kv[i + 1]);
        String message = template;
        for (var a : args.entrySet()) message = message.replace("{" + a.getKey() + "}", String.valueOf(a.getValue()));
        return new Violation(Path.root(), code, args, message, dev.voicecampaign.core.violation.Severity.ERROR);
    }
}
