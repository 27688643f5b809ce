package cn.gov.hubei.jxt.pilot.intake.internal;

import cn.gov.hubei.jxt.pilot.intake.FormalReview;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded decisions ({@code formal_review}, {@code formal_review_reason}). Rows are inserted, never updated. The
 * reason the enterprise reads is not stored here: it is the application's own history; {@link FormalReview#reason()}
 * is composed again from codes and text when read (see {@link ReasonText}).
 */
@Repository
class FormalReviewRepository {

    private static final String SELECT = """
            select r.id, r.application_id, r.version_no, r.outcome, r.overdue_correction, r.review_text, r.deadline,
                   r.officer, r.decided_at,
                   (select string_agg(x.reason_code, ',') from formal_review_reason x where x.review_id = r.id) as codes
              from formal_review r""";

    private final JdbcClient jdbc;
    private final ReasonText reasonText;

    FormalReviewRepository(JdbcClient jdbc, ReasonText reasonText) {
        this.jdbc = jdbc;
        this.reasonText = reasonText;
    }

    /**
     * Inserts a decision; the unique key on (application, version, overdue correction) refuses a second review of
     * the same version, and a second closing of the same overdue correction, with
     * {@link org.springframework.dao.DuplicateKeyException} (see V740).
     */
    long insert(long applicationId, int versionNo, FormalReviewOutcome outcome, boolean overdueCorrection,
                List<FormalReviewReason> reasons, String text, Instant deadline, String officer, Instant decidedAt) {
        long id = jdbc.sql("""
                        insert into formal_review (application_id, version_no, outcome, overdue_correction,
                               review_text, deadline, officer, decided_at)
                        values (:application, :version, :outcome, :overdue, :text, :deadline, :officer, :at)
                        returning id""")
                .param("application", applicationId).param("version", versionNo).param("outcome", outcome.name())
                .param("overdue", overdueCorrection)
                .param("text", text).param("deadline", at(deadline)).param("officer", officer)
                .param("at", at(decidedAt))
                .query(Long.class).single();
        for (FormalReviewReason reason : reasons) {
            jdbc.sql("insert into formal_review_reason (review_id, reason_code) values (:id, :code)")
                    .param("id", id).param("code", reason.name()).update();
        }
        return id;
    }

    List<FormalReview> ofApplication(long applicationId) {
        return jdbc.sql(SELECT + "\n where r.application_id = :id order by r.decided_at, r.id")
                .param("id", applicationId).query((rs, n) -> row(rs)).list();
    }

    /** The latest decision of each of the applications, by application id. */
    Map<Long, FormalReview> latestOf(Collection<Long> applicationIds) {
        Map<Long, FormalReview> latest = new LinkedHashMap<>();
        if (applicationIds.isEmpty()) {
            return latest;
        }
        jdbc.sql(SELECT + """

                         where r.id in (select max(l.id) from formal_review l
                                         where l.application_id in (:ids) group by l.application_id)""")
                .param("ids", new ArrayList<>(applicationIds))
                .query((rs, n) -> row(rs)).list()
                .forEach(r -> latest.put(r.applicationId(), r));
        return latest;
    }

    private FormalReview row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String codes = rs.getString("codes");
        List<FormalReviewReason> reasons = codes == null ? List.of() : java.util.Arrays.stream(codes.split(","))
                .map(FormalReviewReason::valueOf).sorted(Comparator.naturalOrder()).toList();
        FormalReviewOutcome outcome = FormalReviewOutcome.valueOf(rs.getString("outcome"));
        String text = rs.getString("review_text");
        return new FormalReview(rs.getLong("id"), rs.getLong("application_id"), rs.getInt("version_no"), outcome,
                rs.getBoolean("overdue_correction"), reasons, text, instant(rs.getObject("deadline", OffsetDateTime.class)), rs.getString("officer"),
                instant(rs.getObject("decided_at", OffsetDateTime.class)), reasonText.compose(outcome, reasons, text));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
