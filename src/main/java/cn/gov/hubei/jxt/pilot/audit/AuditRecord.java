package cn.gov.hubei.jxt.pilot.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What happened, to what, with what result. {@code action} is a dotted name such as {@code identity.login} or
 * {@code call.filing-opened}; {@code details} is stored as canonical JSON, so its values must be what JSON can hold:
 * text, numbers, booleans, null, dates and times (written ISO-8601), enums, collections, maps and records.
 * Never put secrets (passwords, tokens) or whole documents in the details: the trail can never be changed.
 *
 * @param actor         user name; {@code null} for the current user (or {@code system} outside a request)
 * @param role          the actor's role; {@code null} for the current user's role
 * @param clientAddress {@code null} for the current request's client address
 */
public record AuditRecord(String action, String targetType, String targetId, AuditOutcome outcome,
                          Map<String, Object> details, String actor, String role, String clientAddress) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static Builder of(String action) {
        return new Builder(action);
    }

    public static final class Builder {
        private final String action;
        private String targetType;
        private String targetId;
        private AuditOutcome outcome = AuditOutcome.SUCCESS;
        private final Map<String, Object> details = new LinkedHashMap<>();
        private String actor;
        private String role;
        private String clientAddress;

        private Builder(String action) {
            this.action = action;
        }

        public Builder target(String type, Object id) {
            this.targetType = type;
            this.targetId = id == null ? null : String.valueOf(id);
            return this;
        }

        public Builder outcome(AuditOutcome outcome) {
            this.outcome = outcome;
            return this;
        }

        public Builder detail(String key, Object value) {
            this.details.put(key, value);
            return this;
        }

        public Builder actor(String actor, String role) {
            this.actor = actor;
            this.role = role;
            return this;
        }

        public Builder clientAddress(String clientAddress) {
            this.clientAddress = clientAddress;
            return this;
        }

        public AuditRecord build() {
            return new AuditRecord(action, targetType, targetId, outcome, details, actor, role, clientAddress);
        }
    }
}
