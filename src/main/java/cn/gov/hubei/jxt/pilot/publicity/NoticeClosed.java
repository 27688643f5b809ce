package cn.gov.hubei.jxt.pilot.publicity;

/** The clock closed a notice after its end day; published once, inside the transition's transaction. */
public record NoticeClosed(long noticeId, long callId, java.time.Instant closedAt) {
}
