package cn.gov.hubei.jxt.pilot.audit.internal;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * The details of an entry as canonical JSON text: object keys sorted at every level, no insignificant white space,
 * dates as ISO-8601 strings, decimals in plain notation. The text is stored verbatim (column type {@code json}) and
 * hashed verbatim, so verification never re-serialises anything. This mapper is private to the audit trail on purpose:
 * a change to the application's JSON settings must not change what new entries look like.
 */
public final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private CanonicalJson() {
    }

    /** Canonical JSON of the details map; an empty map gives {@code {}}. */
    public static String write(Map<String, ?> details) {
        // Through a tree, so that maps, records and beans nested at any depth are all sorted the same way.
        JsonNode tree = MAPPER.valueToTree(details == null ? Map.of() : details);
        return MAPPER.writeValueAsString(tree);
    }

    /** The stored text as a JSON tree, for the API. */
    public static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    /** The stored text indented for people to read. */
    public static String pretty(String json) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(json));
    }
}
