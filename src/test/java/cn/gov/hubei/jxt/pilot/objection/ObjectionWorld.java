package cn.gov.hubei.jxt.pilot.objection;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.Proposals.ProposalLine;
import cn.gov.hubei.jxt.pilot.review.ReviewWorld;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A released public notice to object to: a call's review proposal of three applications (two proposed) drafted into
 * a notice from Wednesday 30 September 2026 (day 1) to Monday 12 October 2026 (the 5th working day, after 国庆) and
 * released on Tuesday 29 September.
 */
public final class ObjectionWorld {

    public static final LocalDateTime BEFORE = LocalDateTime.of(2026, 9, 29, 10, 0);
    public static final LocalDateTime DURING = LocalDateTime.of(2026, 10, 9, 10, 0);
    public static final LocalDateTime LAST_MINUTE = LocalDateTime.of(2026, 10, 12, 23, 59);
    public static final LocalDateTime AFTER = LocalDateTime.of(2026, 10, 13, 0, 0);
    public static final LocalDate START = LocalDate.of(2026, 9, 30);

    public final ReviewWorld world;
    public final PublicNotice notice;
    public final List<NoticeEntry> entries;

    public ObjectionWorld(ApplicationContext context) {
        MutableClock clock = context.getBean(MutableClock.class);
        world = new ReviewWorld(context.getBean(Calls.class), context.getBean(Enterprises.class),
                context.getBean(UserAdministration.class), clock, context.getBean(ProjectApplications.class),
                context.getBean(RecommendationSteps.class), context.getBean(FormalReviews.class),
                context.getBean(ExpertPool.class), context.getBean(Experts.class),
                context.getBean(ReviewMeetings.class)).drawn(3, 3);
        world.start();
        CurrentUser officer = ReviewWorld.officer();
        context.getBean(Proposals.class).record(world.meeting.id(), List.of(
                new ProposalLine(world.apps.get(0).id(), true, null),
                new ProposalLine(world.apps.get(1).id(), true, null),
                new ProposalLine(world.apps.get(2).id(), false, "综合得分低于拟公示线")), officer);
        clock.set(BEFORE);
        NoticeDrafts drafts = context.getBean(NoticeDrafts.class);
        long id = drafts.create(world.call.id(), START, officer).id();
        drafts.release(id, officer);
        PublicNotices notices = context.getBean(PublicNotices.class);
        notice = notices.find(id).orElseThrow();
        entries = notices.entries(id);
    }

    public long firstProject() {
        return entries.get(0).applicationId();
    }

    public long secondProject() {
        return entries.get(1).applicationId();
    }

    public static CurrentUser officer() {
        return ReviewWorld.officer();
    }
}
