package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationSnapshot;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataSealing;
import cn.gov.hubei.jxt.pilot.platform.StoredJson;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sections and snapshots as JSON text in the database. Unknown properties are ignored when reading, so a section
 * saved before a field was removed still loads. Only what a person typed is written: {@code isEmpty()} of a section
 * is derived, so it is neither stored nor compared (the conflict and comparison pages would show it as a field).
 * A snapshot's enterprise contact person (name, telephone, mobile, fax, e-mail) is written sealed with SM4 and opened
 * when read; versions frozen before V1220 hold it in plain text and read as they are (docs/security.md §14).
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

    private final PersonalDataCipher cipher;

    SectionJson(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /** A frozen version as stored: its enterprise contact data sealed. */
    public String writeSnapshot(ApplicationSnapshot snapshot) {
        return write(snapshot.profile() == null ? snapshot : new ApplicationSnapshot(snapshot.callId(),
                snapshot.callTitle(), snapshot.referenceVersion(), snapshot.divisionCode(),
                snapshot.profile().withContact(cipher::encrypt), snapshot.sections(), snapshot.sectionVersions(),
                snapshot.files()));
    }

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    /** A stored section; JSON that does not read fails as the server's fault ({@link StoredJson#unreadable}). */
    public SectionContent readSection(SectionKey key, String json) {
        try {
            return mapper.readValue(json, key.contentType());
        } catch (JacksonException e) {
            throw StoredJson.unreadable("a stored " + key.name() + " section, as its content", e);
        }
    }

    /** A stored version's snapshot; unreadable stored JSON fails as {@link #readSection} says. */
    public ApplicationSnapshot readSnapshot(String json) {
        ApplicationSnapshot stored;
        try {
            stored = mapper.readValue(json, ApplicationSnapshot.class);
        } catch (JacksonException e) {
            throw StoredJson.unreadable("a stored version's snapshot", e);
        }
        return stored.profile() == null ? stored : new ApplicationSnapshot(stored.callId(), stored.callTitle(),
                stored.referenceVersion(), stored.divisionCode(),
                stored.profile().withContact(v -> PersonalDataSealing.open(cipher, v)), stored.sections(),
                stored.sectionVersions(), stored.files());
    }

    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }
}
