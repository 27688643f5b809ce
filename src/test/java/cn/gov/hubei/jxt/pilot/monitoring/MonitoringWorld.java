package cn.gov.hubei.jxt.pilot.monitoring;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.NewPublication;
import cn.gov.hubei.jxt.pilot.designation.Publications;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.Proposals.ProposalLine;
import cn.gov.hubei.jxt.pilot.review.ReviewWorld;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Designated projects to monitor, made through the modules' APIs as the designation's tests make them: the review's
 * world ({@code projects} applications, 宜昌 and 武汉 alternately, all proposed), the 公示 from Wednesday 30 September
 * 2026 to Monday 12 October, the publication on Thursday 15 October 2026: valid until 14 October 2029.
 */
public final class MonitoringWorld {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 10, 15);
    static final LocalDate VALID_UNTIL = LocalDate.of(2029, 10, 14);
    static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(40000, 90000));

    final ReviewWorld review;
    final List<DesignatedProject> designated = new ArrayList<>();
    final long publicationId;

    public MonitoringWorld(ReviewWorld review, MutableClock clock, Proposals proposals, NoticeDrafts drafts,
                           PublicNotices notices, Publications publications, int projects) {
        this.review = review;
        review.drawn(projects, 3);
        review.start();
        List<ProposalLine> lines = new ArrayList<>();
        for (ApplicationSummary a : review.apps) {
            lines.add(new ProposalLine(a.id(), true, null));
        }
        proposals.record(review.meeting.id(), lines, officer());
        clock.set(LocalDateTime.of(2026, 9, 29, 10, 0));
        long noticeId = drafts.create(review.call.id(), LocalDate.of(2026, 9, 30), officer()).id();
        drafts.release(noticeId, officer());
        clock.set(PUBLISHED_ON.atTime(10, 0));
        publicationId = publications.publish(noticeId, new NewPublication("鄂经信装备〔2026〕"
                + SEQUENCE.incrementAndGet() + "号", "关于认定2026年湖北省智能制造试点示范项目的通知",
                PUBLISHED_ON.toString(), "认定文件.pdf", PDF), officer()).id();
        designated.addAll(publications.projects(publicationId, officer()));
    }

    DesignatedProject project(int i) {
        return designated.get(i);
    }

    long enterpriseOf(int i) {
        return review.apps.stream().filter(a -> a.id() == project(i).applicationId()).findFirst().orElseThrow()
                .enterpriseId();
    }

    CurrentUser unit(int i) {
        return new CurrentUser(0, "monitoring-unit-" + enterpriseOf(i), "填报人", Set.of(Role.APPLICANT),
                enterpriseOf(i), null, false);
    }

    CurrentUser recommender(int i) {
        return new CurrentUser(0, "monitoring-recommender-" + project(i).divisionCode(), "推荐人",
                Set.of(Role.RECOMMENDER), null, project(i).divisionCode(), false);
    }

    public static CurrentUser officer() {
        return ReviewWorld.officer();
    }
}
