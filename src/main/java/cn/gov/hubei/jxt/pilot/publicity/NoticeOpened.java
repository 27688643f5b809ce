package cn.gov.hubei.jxt.pilot.publicity;

/** The clock opened a released notice on its start day; published once, inside the transition's transaction. */
public record NoticeOpened(long noticeId, long callId, java.time.Instant openedAt) {
}
