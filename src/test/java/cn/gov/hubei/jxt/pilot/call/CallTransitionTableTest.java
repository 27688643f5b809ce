package cn.gov.hubei.jxt.pilot.call;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The transition table itself: what it allows, and the invariants the clock and the pages rely on. */
class CallTransitionTableTest {

    @Test
    void theTableIsExactlyTheProgrammesWorkflow() {
        assertThat(CallTransition.PUBLISH.from()).containsExactly(CallStatus.DRAFT);
        assertThat(CallTransition.PUBLISH.to()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(CallTransition.OPEN_FILING.from()).containsExactly(CallStatus.PUBLISHED);
        assertThat(CallTransition.OPEN_FILING.dueAt()).contains(CallMilestone.FILING_OPENS);
        assertThat(CallTransition.CLOSE_FILING.from()).containsExactly(CallStatus.FILING_OPEN);
        assertThat(CallTransition.CLOSE_FILING.dueAt()).contains(CallMilestone.FILING_CLOSES);
        assertThat(CallTransition.CLOSE_RECOMMENDATION.from()).containsExactly(CallStatus.FILING_CLOSED);
        assertThat(CallTransition.CLOSE_RECOMMENDATION.dueAt()).contains(CallMilestone.RECOMMENDATION_DEADLINE);
        assertThat(CallTransition.CANCEL.from()).containsExactlyInAnyOrder(CallStatus.DRAFT, CallStatus.PUBLISHED);
        assertThat(CallTransition.CANCEL.reasonRequired()).isTrue();
    }

    @Test
    void officersActByHandAndTheClockActsAtMilestones() {
        for (CallTransition t : CallTransition.values()) {
            assertThat(t.dueAt().isPresent()).as(t.name())
                    .isEqualTo(t.trigger() == CallTransition.Trigger.CLOCK);
        }
        assertThat(CallTransition.availableToOfficer(CallStatus.DRAFT))
                .containsExactly(CallTransition.PUBLISH, CallTransition.CANCEL);
        assertThat(CallTransition.availableToOfficer(CallStatus.PUBLISHED)).containsExactly(CallTransition.CANCEL);
        assertThat(CallTransition.availableToOfficer(CallStatus.FILING_OPEN)).isEmpty();
        assertThat(CallTransition.availableToOfficer(CallStatus.CANCELLED)).isEmpty();
    }

    @Test
    void atMostOneClockTransitionLeavesAnyStatus() {
        for (CallStatus status : CallStatus.values()) {
            long clockExits = Arrays.stream(CallTransition.values())
                    .filter(t -> t.trigger() == CallTransition.Trigger.CLOCK && t.isAllowedFrom(status))
                    .count();
            assertThat(clockExits).as(status.name()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void everyStatusIsReachableFromDraftAndNoTransitionLoops() {
        Set<CallStatus> reached = EnumSet.of(CallStatus.DRAFT);
        Deque<CallStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            CallStatus status = todo.pop();
            for (CallTransition t : CallTransition.values()) {
                if (t.isAllowedFrom(status) && reached.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(CallStatus.values());
        for (CallTransition t : CallTransition.values()) {
            assertThat(t.from()).as(t.name()).doesNotContain(t.to());
        }
    }

    @Test
    void theStatusGroupsCoverEveryStatusOnceForEditing() {
        for (CallStatus status : CallStatus.values()) {
            int groups = (status.isIn(CallStatus.FULLY_EDITABLE) ? 1 : 0) + (status.isIn(CallStatus.EXTENDABLE) ? 1 : 0)
                    + (status.isIn(CallStatus.READ_ONLY) ? 1 : 0);
            assertThat(groups).as(status.name()).isEqualTo(1);
        }
    }

    @Test
    void codesAreUnique() {
        assertThat(Arrays.stream(CallTransition.values()).map(CallTransition::code).distinct().count())
                .isEqualTo(CallTransition.values().length);
        assertThat(CallTransition.byCode("open-filing")).contains(CallTransition.OPEN_FILING);
    }
}
