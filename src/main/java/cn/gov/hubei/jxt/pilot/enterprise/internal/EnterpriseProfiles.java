package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** 企业基本信息: read, and saved whole against the version the editor started from. */
@Service
public class EnterpriseProfiles {

    private final ProfileStore store;
    private final AuditTrail audit;
    private final Clock clock;

    EnterpriseProfiles(ProfileStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<EnterpriseProfile> current(long enterpriseId) {
        return store.load(enterpriseId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Checks and saves the profile.
     *
     * @param expectedVersion the version the editor read (0 for a profile never saved)
     * @throws ProfileInvalidException  with each reason beside its field
     * @throws ProfileConflictException when another version was saved meanwhile
     */
    @Transactional
    public EnterpriseProfile save(long enterpriseId, ProfileInput input, int expectedVersion, String actor) {
        EnterpriseProfile before = store.load(enterpriseId).orElseThrow(
                () -> new IllegalArgumentException("no enterprise " + enterpriseId));
        ProfileRules.Check check = ProfileRules.check(input, today());
        if (!check.valid()) {
            throw new ProfileInvalidException(check.violations());
        }
        Optional<Integer> saved;
        try {
            saved = store.save(enterpriseId, check.values(), expectedVersion, actor, OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            saved = Optional.empty();
        }
        if (saved.isEmpty()) {
            throw new ProfileConflictException(expectedVersion);
        }
        EnterpriseProfile after = store.load(enterpriseId).orElseThrow();
        Map<String, Object> changes = changes(before, after);
        audit.record(AuditRecord.of("enterprise.profile-saved").target("enterprise", enterpriseId)
                .detail("version", after.version()).detail("changes", changes).build());
        return after;
    }

    /** Each field whose value differs, as {@code {before, after}} in plain text (amounts without exponent). */
    static Map<String, Object> changes(EnterpriseProfile before, EnterpriseProfile after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (ProfileField field : ProfileField.values()) {
            String was = text(field.of(before));
            String is = text(field.of(after));
            if (!Objects.equals(was, is)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", was);
                change.put("after", is);
                changes.put(field.property(), change);
            }
        }
        return changes;
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
