package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.Proposals.ProposalLine;
import cn.gov.hubei.jxt.pilot.review.ReviewWorld;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A released 公示 to designate, built through the modules' APIs: the review's world (three applications, 宜昌 and 武汉
 * alternately, passed formal review and reviewed in a started meeting), every one proposed, the notice drafted for
 * Wednesday 30 September 2026 (day 1; the 5th working day is Monday 12 October after 国庆) and released on Tuesday 29th.
 * {@link #close()} moves the clock to Tuesday 13 October, when the notice is over.
 */
final class DesignationWorld {

    static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 9, 29, 10, 0);
    static final LocalDate START = LocalDate.of(2026, 9, 30);
    static final LocalDate END = LocalDate.of(2026, 10, 12);
    static final LocalDateTime AFTER = LocalDateTime.of(2026, 10, 13, 9, 0);

    final ReviewWorld review;
    final MutableClock clock;
    final PublicNotices notices;
    PublicNotice notice;

    DesignationWorld(ReviewWorld review, MutableClock clock, Proposals proposals, NoticeDrafts drafts,
                     PublicNotices notices) {
        this.review = review;
        this.clock = clock;
        this.notices = notices;
        review.drawn(3, 3);
        review.start();
        List<ProposalLine> lines = new ArrayList<>();
        for (ApplicationSummary a : review.apps) {
            lines.add(new ProposalLine(a.id(), true, null));
        }
        proposals.record(review.meeting.id(), lines, officer());
        clock.set(TUESDAY);
        long id = drafts.create(review.call.id(), START, officer()).id();
        drafts.release(id, officer());
        notice = notices.find(id).orElseThrow();
    }

    /** The clock after the notice's end day: the period is over. */
    DesignationWorld close() {
        clock.set(AFTER);
        notice = notices.find(notice.id()).orElseThrow();
        return this;
    }

    ApplicationSummary app(int i) {
        return review.apps.get(i);
    }

    static CurrentUser officer() {
        return ReviewWorld.officer();
    }

    static CurrentUser applicant(long enterpriseId) {
        return new CurrentUser(0, "designation-applicant-" + enterpriseId, "申报人", Set.of(Role.APPLICANT),
                enterpriseId, null, false);
    }

    static CurrentUser recommender(String division) {
        return new CurrentUser(0, "designation-recommender-" + division, "推荐人", Set.of(Role.RECOMMENDER), null,
                division, false);
    }
}
