package cn.gov.hubei.jxt.pilot.publicity;

import java.time.Instant;
import java.util.List;

/**
 * One project on a notice's list: what the public sees (project, enterprise, recommending unit, modes) and whether it
 * is still listed; a project taken off after an upheld objection keeps its row with the published reason.
 * {@code modeCodes} are the reference codes of the manufacturing modes.
 */
public record NoticeEntry(long noticeId, long applicationId, int position, String projectName, String enterpriseName,
                          String creditCode, String divisionCode, String recommenderName, List<String> modeCodes,
                          boolean listed, String removalReason, Instant removedAt) {
}
