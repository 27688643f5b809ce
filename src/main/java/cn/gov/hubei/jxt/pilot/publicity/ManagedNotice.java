package cn.gov.hubei.jxt.pilot.publicity;

import java.time.Instant;

/**
 * A notice as the programme office manages it (drafts included): the public view and what the office needs beside it.
 *
 * @param version optimistic-lock version of the draft, for edits and discards
 */
public record ManagedNotice(PublicNotice notice, long version, String createdBy, Instant createdAt, String updatedBy,
                            Instant updatedAt, String releasedBy) {

    public long id() {
        return notice.id();
    }

    public NoticeStatus status() {
        return notice.status();
    }
}
