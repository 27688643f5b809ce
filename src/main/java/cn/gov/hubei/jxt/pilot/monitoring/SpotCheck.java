package cn.gov.hubei.jxt.pilot.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A check of a designated unit outside the rounds (抽查): the site-visit checklist with the findings, a summary, the
 * conclusion (合格 / 限期整改 with deadline and what to fix / 剔除 with a reason) and an attachment.
 */
public record SpotCheck(long id, long designationId, String projectName, String enterpriseName, LocalDate checkedOn,
                        List<Item> items, String summary, Conclusion conclusion, LocalDate rectifyDeadline,
                        String rectifyItems, String reason, Long fileId, String fileName, String recordedBy,
                        Instant recordedAt) {

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
