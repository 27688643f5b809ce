package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueEntry;

/**
 * A queue row as the page shows it.
 *
 * @param mark         the marker key: 待审查 or 待复审 for awaiting rows, {@code null} otherwise
 * @param latestReview the last decision's label with its version, or {@code null}
 */
record QueueRow(QueueEntry entry, String mark, String latestReview) {

    static QueueRow of(QueueEntry entry, IntakeTexts texts) {
        String mark = !entry.awaitingReview() ? null
                : entry.reReview() ? "intake.queue.mark.re-review" : "intake.queue.mark.awaiting";
        String latest = entry.latestReview() == null ? null : texts.text("intake.queue.latest",
                entry.latestReview().versionNo(), texts.outcome(entry.latestReview()));
        return new QueueRow(entry, mark, latest);
    }
}
