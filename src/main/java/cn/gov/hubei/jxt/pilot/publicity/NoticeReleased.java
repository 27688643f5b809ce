package cn.gov.hubei.jxt.pilot.publicity;

/** A notice was released (its proposal's decisions released in the same transaction); published inside that transaction. */
public record NoticeReleased(long noticeId, long callId, java.time.Instant releasedAt) {
}
