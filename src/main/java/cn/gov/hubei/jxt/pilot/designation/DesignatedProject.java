package cn.gov.hubei.jxt.pilot.designation;

import java.time.LocalDate;
import java.util.List;

/**
 * A designated project, public data only: what the portal lists and the verification page shows. {@code validFrom} is
 * the publication date, {@code validUntil} three years later (stored); {@code status} as of the reading's clock.
 */
public record DesignatedProject(long id, long applicationId, long publicationId, long callId, int year,
                                String documentNumber, String projectName, String enterpriseName, String creditCode,
                                String divisionCode, List<String> modeCodes, LocalDate validFrom,
                                LocalDate validUntil, DesignationStatus status) {
}
