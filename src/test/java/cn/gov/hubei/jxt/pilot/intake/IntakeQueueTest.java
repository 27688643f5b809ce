package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallNotFoundException;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.Filed;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.DivisionCount;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueEntry;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueFilter;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.correction;
import static cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.fail;
import static cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.pass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The intake queue of one call holding an application in every status with the province, and one still with its
 * recommender: counts, the order (awaiting review first) and the filters.
 */
@ApplicationIntegrationTest
class IntakeQueueTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired IntakeQueue queue;

    CallSummary call;
    Filed first;      // 武汉, awaiting since 10:00
    Filed second;     // 宜昌, awaiting since 11:00
    Filed corrected;  // 宜昌, corrected and awaiting re-review since 13:00
    Filed correction; // 武汉, correction requested, deadline 2026-05-08
    Filed passed;     // 襄阳
    Filed failed;     // 武汉
    Filed withRecommender;

    @BeforeEach
    void aCallWithApplicationsInEveryStatus() {
        IntakeFixtures world = new IntakeFixtures(mvc, calls, enterprises, users, clock, applications, recommendations);
        call = world.openCall();
        correction = world.recommended(call.id(), "420100", "离散型智能工厂改造");
        corrected = world.recommended(call.id(), "420500", "流程型智能工厂建设");
        passed = world.recommended(call.id(), "420600", "网络协同制造平台");
        failed = world.recommended(call.id(), "420100", "远程运维服务平台");
        withRecommender = world.submitted(call.id(), "420100", "尚在推荐单位的项目");
        reviews.decide(correction(correction.id(), 1, ApplicationStatus.RECOMMENDED, "补充审计报告",
                IntakeFixtures.DEFAULT_DUE_DATE, "INCOMPLETE"), IntakeFixtures.officer("officer"));
        reviews.decide(correction(corrected.id(), 1, ApplicationStatus.RECOMMENDED, "补充信用报告",
                IntakeFixtures.DEFAULT_DUE_DATE, "POOR_CREDIT"), IntakeFixtures.officer("officer"));
        reviews.decide(pass(passed.id(), 1, ApplicationStatus.RECOMMENDED), IntakeFixtures.officer("officer"));
        reviews.decide(fail(failed.id(), 1, ApplicationStatus.RECOMMENDED, null, "DUPLICATE"), IntakeFixtures.officer("officer"));

        clock.set(IntakeFixtures.NOW.withHour(10).withMinute(0).plusDays(1));
        first = world.recommended(call.id(), "420100", "大规模个性化定制项目");
        clock.advance(Duration.ofHours(1));
        second = world.recommended(call.id(), "420500", "数字化车间建设项目");
        clock.advance(Duration.ofHours(2));
        cn.gov.hubei.jxt.pilot.application.Filing.save(applications, corrected.id(), corrected.scope(),
                cn.gov.hubei.jxt.pilot.application.SectionKey.OVERVIEW,
                cn.gov.hubei.jxt.pilot.application.Filing.narrative("补充信用报告后的概述。"), corrected.applicant());
        applications.submit(corrected.id(), corrected.scope(), "correction-" + corrected.id(), corrected.applicant());
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void countsEveryStatusWithTheProvinceAndEveryDivision() {
        QueueView view = queue.queue(call.id(), QueueFilter.ALL);

        assertThat(view.total()).isEqualTo(6);
        assertThat(view.awaitingCount()).isEqualTo(3);
        Map<ApplicationStatus, Integer> expected = new LinkedHashMap<>();
        expected.put(ApplicationStatus.RECOMMENDED, 2);
        expected.put(ApplicationStatus.CORRECTION_REQUESTED, 1);
        expected.put(ApplicationStatus.CORRECTED, 1);
        expected.put(ApplicationStatus.FORMAL_PASSED, 1);
        expected.put(ApplicationStatus.FORMAL_FAILED, 1);
        assertThat(view.statusCounts()).containsExactlyEntriesOf(expected);

        assertThat(view.divisions()).hasSize(17);
        assertThat(view.divisions().get(0)).isEqualTo(new DivisionCount("420100", "武汉市", 3));
        assertThat(view.divisions()).contains(new DivisionCount("420500", "宜昌市", 2),
                new DivisionCount("420600", "襄阳市", 1), new DivisionCount("429021", "神农架林区", 0));
        assertThat(view.divisions().stream().mapToInt(DivisionCount::count).sum()).isEqualTo(6);
        assertThat(queue.countsByCall().get(call.id())).isEqualTo(new IntakeQueue.CallCount(6, 3));
    }

    @Test
    void aRecommendedApplicationReachesTheProvinceOnlyWithItsDivisionsSubmittedListAndShowsItsRank() {
        // 武汉's list holds correction (1), failed (2) and first (3); the one decided on stay when it is reopened
        assertThat(queue.queue(call.id(), QueueFilter.ALL).entries())
                .filteredOn(e -> e.applicationId() == first.id()).extracting(QueueEntry::rank).containsExactly(3);
        recommendations.reopen(call.id(), "420100", "补充推荐项目", null, "officer");
        recommendations.savePrecheck(withRecommender.id(), "420100",
                cn.gov.hubei.jxt.pilot.recommendation.SentToProvince.allMet(), "wuhan-recommender");
        recommendations.recommend(withRecommender.id(), "420100", "wuhan-recommender");

        List<Long> visible = queue.queue(call.id(), QueueFilter.ALL).entries().stream()
                .map(QueueEntry::applicationId).toList();
        assertThat(visible).contains(correction.id(), failed.id()).doesNotContain(first.id(), withRecommender.id());
        assertThat(queue.withProvince(first.id())).isEmpty();

        recommendations.submit(call.id(), "420100", "resubmit-" + call.id(), "盖章扫描件.pdf",
                new java.io.ByteArrayInputStream(cn.gov.hubei.jxt.pilot.application.Filing.PDF), true,
                "wuhan-recommender");
        assertThat(queue.queue(call.id(), QueueFilter.ALL).entries())
                .filteredOn(e -> e.divisionCode().equals("420100"))
                .extracting(QueueEntry::applicationId, QueueEntry::rank)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first.id(), 3),
                        org.assertj.core.groups.Tuple.tuple(withRecommender.id(), 4),
                        org.assertj.core.groups.Tuple.tuple(correction.id(), 1),
                        org.assertj.core.groups.Tuple.tuple(failed.id(), 2));
    }

    @Test
    void awaitingReviewComesFirstLongestWaitingOnTopThenCorrectionsThenDecided() {
        List<QueueEntry> entries = queue.queue(call.id(), QueueFilter.ALL).entries();

        assertThat(entries).extracting(QueueEntry::applicationId).containsExactly(first.id(), second.id(),
                corrected.id(), correction.id(), passed.id(), failed.id());
        assertThat(entries).extracting(QueueEntry::awaitingReview).containsExactly(true, true, true, false, false,
                false);
        assertThat(entries).extracting(QueueEntry::reReview).containsExactly(false, false, true, false, false, false);
        QueueEntry waiting = entries.get(3);
        assertThat(waiting.correctionDeadline()).isEqualTo(LocalDateTime.of(2026, 5, 8, 23, 59, 59)
                .atZone(MutableClock.SHANGHAI).toInstant());
        assertThat(waiting.overdue()).isFalse();
        assertThat(waiting.divisionName()).isEqualTo("武汉市");
        assertThat(entries.get(2).lastVersionNo()).isEqualTo(2);
        assertThat(entries.get(2).latestReview().outcome()).isEqualTo(FormalReviewOutcome.REQUEST_CORRECTION);
        assertThat(entries.get(0).latestReview()).isNull();
        assertThat(entries.get(0).since()).isEqualTo(LocalDateTime.of(2026, 4, 29, 10, 0)
                .atZone(MutableClock.SHANGHAI).toInstant());

        clock.set(LocalDateTime.of(2026, 5, 9, 0, 0));
        assertThat(queue.queue(call.id(), QueueFilter.ALL).entries().get(3).overdue()).isTrue();
    }

    @Test
    void filtersByDivisionStatusAndSearchWithoutChangingTheCounts() {
        assertThat(ids(new QueueFilter("420100", null, null)))
                .containsExactly(first.id(), correction.id(), failed.id());
        assertThat(ids(new QueueFilter(null, ApplicationStatusGroup.AWAITING_FORMAL_REVIEW.statuses(), null)))
                .containsExactly(first.id(), second.id(), corrected.id());
        assertThat(ids(new QueueFilter("420500", Set.of(ApplicationStatus.CORRECTED), null)))
                .containsExactly(corrected.id());
        assertThat(ids(new QueueFilter(null, null, " 智能工厂 "))).containsExactly(corrected.id(), correction.id());
        assertThat(ids(new QueueFilter(null, null, passed.enterprise().name()))).containsExactly(passed.id());
        // the digits of an id may also stand in another application's number (2031-420500-…): the id is among the hits
        assertThat(ids(new QueueFilter(null, null, String.valueOf(second.id())))).contains(second.id());
        assertThat(ids(new QueueFilter(null, null, withRecommender.enterprise().name()))).isEmpty();

        QueueView filtered = queue.queue(call.id(), new QueueFilter("420600", null, null));
        assertThat(filtered.total()).isEqualTo(6);
        assertThat(filtered.awaitingCount()).isEqualTo(3);
    }

    @Test
    void anUnknownCallIsNotFound() {
        assertThatThrownBy(() -> queue.queue(Long.MAX_VALUE, QueueFilter.ALL))
                .isInstanceOf(CallNotFoundException.class);
    }

    private List<Long> ids(QueueFilter filter) {
        return queue.queue(call.id(), filter).entries().stream().map(QueueEntry::applicationId).toList();
    }
}
