package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus.Course;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus.Pen;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus.Reach;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition.Actor;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.gov.hubei.jxt.pilot.application.ApplicationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's transition table and its status groups: the invariants the services, the pages and the later
 * stages rely on, and the exact membership of every group, so that a change of behaviour shows here.
 */
class ApplicationTransitionTableTest {

    @Test
    void everyStatusIsReachableFromDraft() {
        Set<ApplicationStatus> reached = EnumSet.of(DRAFT);
        Deque<ApplicationStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            ApplicationStatus status = todo.pop();
            for (ApplicationTransition t : ApplicationTransition.values()) {
                if (t.isAllowedFrom(status) && reached.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(ApplicationStatus.values());
    }

    @Test
    void onlyTerminalStatusesAndHandOverMilestonesHaveNoWayOut() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            boolean wayOut = Arrays.stream(ApplicationTransition.values()).anyMatch(t -> t.isAllowedFrom(status));
            assertThat(wayOut).as("a way out of %s", status)
                    .isEqualTo(!status.isTerminal() && !status.isHandedOver());
        }
        assertThat(Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::isHandedOver))
                .as("the milestone the provincial review starts from").containsExactly(FORMAL_PASSED);
        assertThat(Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::isTerminal))
                .containsExactly(WITHDRAWN, FORMAL_FAILED);
    }

    @Test
    void eachTransitionHasExactlyOnePerformerAndOneTargetAndNeverLoops() {
        for (ApplicationTransition t : ApplicationTransition.values()) {
            assertThat(t.actor()).as(t.name()).isNotNull();
            assertThat(t.to()).as(t.name()).isNotNull();
            assertThat(t.from()).as(t.name()).isNotEmpty().doesNotContain(t.to());
        }
        assertThat(Arrays.stream(ApplicationTransition.values())
                .collect(Collectors.groupingBy(ApplicationTransition::actor, () -> new java.util.EnumMap<>(Actor.class),
                        Collectors.mapping(ApplicationTransition::name, Collectors.toList()))))
                .containsEntry(Actor.APPLICANT, java.util.List.of("SUBMIT", "WITHDRAW", "SUBMIT_CORRECTION"))
                .containsEntry(Actor.RECOMMENDER, java.util.List.of("RETURN", "RECOMMEND", "DECLINE", "RECONSIDER"))
                .containsEntry(Actor.OFFICER, java.util.List.of("PASS_FORMAL", "REQUEST_CORRECTION", "FAIL_FORMAL"));
    }

    @Test
    void transitionCodesAreUnique() {
        assertThat(Arrays.stream(ApplicationTransition.values()).map(ApplicationTransition::code))
                .doesNotHaveDuplicates()
                .containsExactly("submit", "withdraw", "return", "recommend", "decline", "reconsider", "pass-formal",
                        "request-correction", "fail-formal", "submit-correction");
        for (ApplicationTransition t : ApplicationTransition.values()) {
            assertThat(ApplicationTransition.byCode(t.code())).contains(t);
        }
    }

    @Test
    void everyTransitionThatUndoesOrRefusesSomethingRequiresAReason() {
        assertThat(Arrays.stream(ApplicationTransition.values()).filter(ApplicationTransition::reasonRequired))
                .containsExactlyInAnyOrder(ApplicationTransition.RETURN, ApplicationTransition.WITHDRAW,
                        ApplicationTransition.DECLINE, ApplicationTransition.RECONSIDER,
                        ApplicationTransition.REQUEST_CORRECTION, ApplicationTransition.FAIL_FORMAL);
        assertThat(Arrays.stream(ApplicationTransition.values()).filter(t -> !t.reasonRequired()))
                .containsExactlyInAnyOrder(ApplicationTransition.SUBMIT, ApplicationTransition.RECOMMEND,
                        ApplicationTransition.PASS_FORMAL, ApplicationTransition.SUBMIT_CORRECTION);
    }

    @Test
    void everyStatusStatesItsProperties() {
        assertThat(DRAFT).extracting(ApplicationStatus::pen, ApplicationStatus::reach, ApplicationStatus::course)
                .containsExactly(Pen.ENTERPRISE, Reach.NEVER_SUBMITTED, Course.OPEN);
        assertThat(RETURNED).extracting(ApplicationStatus::pen, ApplicationStatus::reach, ApplicationStatus::course)
                .containsExactly(Pen.ENTERPRISE, Reach.DIVISION, Course.OPEN);
        assertThat(WITHDRAWN).extracting(ApplicationStatus::pen, ApplicationStatus::reach, ApplicationStatus::course)
                .containsExactly(Pen.LOCKED, Reach.DIVISION, Course.WITHDRAWN);
        assertThat(CORRECTION_REQUESTED)
                .extracting(ApplicationStatus::pen, ApplicationStatus::reach, ApplicationStatus::course)
                .containsExactly(Pen.ENTERPRISE, Reach.PROVINCE, Course.OPEN);
        assertThat(FORMAL_PASSED).extracting(ApplicationStatus::pen, ApplicationStatus::reach, ApplicationStatus::course)
                .containsExactly(Pen.LOCKED, Reach.PROVINCE, Course.HANDED_OVER);
        assertThat(FORMAL_FAILED).extracting(ApplicationStatus::pen, ApplicationStatus::reach, ApplicationStatus::course)
                .containsExactly(Pen.LOCKED, Reach.PROVINCE, Course.ENDED);
    }

    @Test
    void everyGroupHoldsExactlyTheStatusesItHeldBefore() {
        assertThat(ApplicationStatusGroup.EDITABLE.statuses())
                .containsExactly(DRAFT, RETURNED, CORRECTION_REQUESTED);
        assertThat(ApplicationStatusGroup.VISIBLE_TO_RECOMMENDER.statuses())
                .containsExactly(SUBMITTED, RETURNED, RECOMMENDED, NOT_RECOMMENDED, CORRECTION_REQUESTED, CORRECTED,
                        FORMAL_PASSED, FORMAL_FAILED);
        assertThat(ApplicationStatusGroup.COUNTED_AGAINST_CAP.statuses())
                .containsExactly(DRAFT, SUBMITTED, RETURNED, RECOMMENDED, NOT_RECOMMENDED, CORRECTION_REQUESTED,
                        CORRECTED, FORMAL_PASSED, FORMAL_FAILED);
        assertThat(ApplicationStatusGroup.WITH_PROVINCE.statuses())
                .containsExactly(RECOMMENDED, CORRECTION_REQUESTED, CORRECTED, FORMAL_PASSED, FORMAL_FAILED);
        assertThat(ApplicationStatusGroup.AWAITING_FORMAL_REVIEW.statuses()).containsExactly(RECOMMENDED, CORRECTED);
        assertThat(ApplicationStatusGroup.FINAL.statuses()).containsExactly(WITHDRAWN, FORMAL_FAILED);
        assertThat(ApplicationStatusGroup.values()).hasSize(6);
        assertThat(ApplicationStatusGroup.of(RETURNED)).containsExactly(ApplicationStatusGroup.EDITABLE,
                ApplicationStatusGroup.VISIBLE_TO_RECOMMENDER, ApplicationStatusGroup.COUNTED_AGAINST_CAP);
    }

    @Test
    void theGroupsAgreeWithTheTable() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            // the enterprise holds the pen exactly where it may submit
            assertThat(ApplicationTransition.submissionFrom(status).isPresent()).as(status.name())
                    .isEqualTo(ApplicationStatusGroup.EDITABLE.contains(status));
        }
        for (ApplicationTransition t : ApplicationTransition.values()) {
            // a submission hands the pen on: it always leads to a locked status
            if (t.isSubmission()) {
                assertThat(t.to().enterpriseEdits()).as(t.name()).isFalse();
            }
            // the province's transitions lead to statuses the province sees
            if (t.actor() == Actor.OFFICER) {
                assertThat(ApplicationStatusGroup.WITH_PROVINCE.contains(t.to())).as(t.name()).isTrue();
            }
        }
    }
}
