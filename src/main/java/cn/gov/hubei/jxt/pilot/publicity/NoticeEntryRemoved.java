package cn.gov.hubei.jxt.pilot.publicity;

/** A project was taken off a notice's list after an upheld objection; published inside that transaction. */
public record NoticeEntryRemoved(long noticeId, long applicationId, String reason, java.time.Instant removedAt) {
}
