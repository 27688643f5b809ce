package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationSnapshot;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sections and snapshots as JSON text in the database. Unknown properties are ignored when reading, so a section
 * saved before a field was removed still loads. Only what a person typed is written: {@code isEmpty()} of a section
 * is derived, so it is neither stored nor compared (the conflict and comparison pages would show it as a field).
 */
@Component
public class SectionJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(SectionContent.class, DerivedPropertiesOfSections.class)
            .build();

    /** The derived properties of every section's content, left out of its JSON. */
    @JsonIgnoreProperties({"empty"})
    private interface DerivedPropertiesOfSections {
    }

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    public SectionContent readSection(SectionKey key, String json) {
        return mapper.readValue(json, key.contentType());
    }

    public ApplicationSnapshot readSnapshot(String json) {
        return mapper.readValue(json, ApplicationSnapshot.class);
    }

    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }
}
