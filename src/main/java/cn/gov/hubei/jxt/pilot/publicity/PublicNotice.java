package cn.gov.hubei.jxt.pilot.publicity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A public notice as everyone may see it once released. {@code startDate} is day 1 (a working day),
 * {@code endDate} the 5th working day, both stored and printed as they are; objections are accepted from
 * {@code opensAt} (the start day's 00:00 in Asia/Shanghai) until before {@code closesAt} (the day after the end day,
 * 00:00 Asia/Shanghai).
 */
public record PublicNotice(long id, long callId, int year, String title, String body, String publisher,
                           String contactTelephone, String contactAddress, LocalDate startDate, LocalDate endDate,
                           Instant opensAt, Instant closesAt, NoticeStatus status, Instant releasedAt,
                           Instant closedAt) {

    /** Whether an objection made at this instant falls inside the period (whatever the clock job has done yet). */
    public boolean acceptsObjectionsAt(Instant at) {
        return status != NoticeStatus.DRAFT && !at.isBefore(opensAt) && at.isBefore(closesAt);
    }

    /** Whether the period is over at this instant (closed, or due to close). */
    public boolean isOverAt(Instant at) {
        return status != NoticeStatus.DRAFT && !at.isBefore(closesAt);
    }
}
