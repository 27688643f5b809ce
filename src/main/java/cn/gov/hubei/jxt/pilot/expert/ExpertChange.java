package cn.gov.hubei.jxt.pilot.expert;

import java.time.Instant;

/**
 * One entry of an expert's history.
 *
 * @param record the expert's record after the change, as JSON (contact details included: officers only)
 */
public record ExpertChange(long id, long expertId, Kind kind, String reason, String record, String actor,
                           Instant occurredAt) {

    public enum Kind {
        REGISTERED, UPDATED, DEACTIVATED, ACTIVATED, ACCOUNT;

        public String labelKey() {
            return "expert.change." + name();
        }
    }
}
