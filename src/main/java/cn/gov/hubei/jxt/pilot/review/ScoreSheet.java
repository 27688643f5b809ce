package cn.gov.hubei.jxt.pilot.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One expert's score sheet (专家评分表) of one application in one meeting.
 *
 * @param total   Σ weight × score, 2 places HALF_UP, once submitted; {@code null} for a draft
 * @param version optimistic lock: every save and transition adds one
 */
public record ScoreSheet(long id, long meetingId, long applicationId, long expertId, long accountId, long rubricId,
                         SheetStatus status, List<CriterionScore> scores, String opinion, BigDecimal total,
                         long version, Instant updatedAt, Instant submittedAt) {

    public ScoreSheet {
        scores = List.copyOf(scores);
    }

    /** The score and comment of one criterion; the score is {@code null} while not entered. */
    public record CriterionScore(String code, BigDecimal score, String comment) {
    }

    public Optional<CriterionScore> score(String code) {
        return scores.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public boolean submitted() {
        return status == SheetStatus.SUBMITTED;
    }
}
