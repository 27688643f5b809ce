package cn.gov.hubei.jxt.pilot.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A check of a designated unit outside the rounds (抽查): the site-visit checklist with the findings, a summary, the
 * conclusion (合格 / 限期整改 with deadline and what to fix / 剔除 with a reason) and an attachment; after a 限期整改
 * the office's follow-up (整改复查: rectified, or not and removed) with its note, once.
 */
public record SpotCheck(long id, long designationId, String projectName, String enterpriseName, LocalDate checkedOn,
                        List<Item> items, String summary, Conclusion conclusion, LocalDate rectifyDeadline,
                        String rectifyItems, String reason, Long fileId, String fileName, String recordedBy,
                        Instant recordedAt, FollowUp followUp, String followUpNote, String followUpBy,
                        Instant followUpAt) {

    /** Whether the check required rectification and its follow-up is still to be recorded. */
    public boolean awaitsFollowUp() {
        return conclusion == Conclusion.RECTIFYING && followUp == null;
    }

    /** The follow-up of a 限期整改: rectified (合格) or not (剔除, the designation revoked). */
    public enum FollowUp {
        QUALIFIED, REMOVED;

        public String labelKey() {
            return "monitoring.check.follow-up." + name();
        }
    }

    public enum Conclusion {
        QUALIFIED, RECTIFYING, REMOVED;

        public String labelKey() {
            return "monitoring.check.conclusion." + name();
        }
    }

    /** One checklist item with the finding: met, partly met or not met ({@code MET}, {@code PARTLY}, {@code NOT_MET}). */
    public record Item(String source, String modeCode, int number, String grouping, String text, String finding,
                       String note) {
    }
}
