package cn.gov.hubei.jxt.pilot.objection.internal;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The released notices this module reads, through {@link PublicNotices}. */
@Component
class NoticeReader {

    private final ObjectProvider<PublicNotices> notices;

    NoticeReader(ObjectProvider<PublicNotices> notices) {
        this.notices = notices;
    }

    Optional<PublicNotice> find(long noticeId) {
        PublicNotices n = notices.getIfAvailable();
        return n == null ? Optional.empty() : n.find(noticeId);
    }

    List<PublicNotice> published() {
        PublicNotices n = notices.getIfAvailable();
        return n == null ? List.of() : n.published();
    }

    List<NoticeEntry> entries(long noticeId) {
        PublicNotices n = notices.getIfAvailable();
        return n == null ? List.of() : n.entries(noticeId);
    }

    Optional<NoticeEntry> entry(long noticeId, long applicationId) {
        PublicNotices n = notices.getIfAvailable();
        return n == null ? Optional.empty() : n.entry(noticeId, applicationId);
    }

    NoticeEntry removeEntry(long noticeId, long applicationId, String reason, CurrentUser officer) {
        return notices.getObject().removeEntry(noticeId, applicationId, reason, officer);
    }
}
