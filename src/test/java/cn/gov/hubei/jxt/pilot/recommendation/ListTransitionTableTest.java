package cn.gov.hubei.jxt.pilot.recommendation;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The recommendation list's transition table itself: what it allows, and the invariants the services rely on. */
class ListTransitionTableTest {

    @Test
    void theTableIsExactlyTheListsWorkflow() {
        assertThat(ListTransition.values()).containsExactly(ListTransition.SUBMIT, ListTransition.REOPEN);
        assertThat(ListTransition.SUBMIT.from()).containsExactly(ListStatus.OPEN);
        assertThat(ListTransition.SUBMIT.to()).isEqualTo(ListStatus.SUBMITTED);
        assertThat(ListTransition.SUBMIT.actor()).isEqualTo(ListTransition.Actor.RECOMMENDER);
        assertThat(ListTransition.SUBMIT.reasonRequired()).isFalse();
        assertThat(ListTransition.SUBMIT.takesDeadline()).isFalse();
        assertThat(ListTransition.REOPEN.from()).containsExactly(ListStatus.SUBMITTED);
        assertThat(ListTransition.REOPEN.to()).isEqualTo(ListStatus.OPEN);
        assertThat(ListTransition.REOPEN.actor()).isEqualTo(ListTransition.Actor.OFFICER);
        assertThat(ListTransition.REOPEN.reasonRequired()).isTrue();
        assertThat(ListTransition.REOPEN.takesDeadline()).isTrue();
    }

    @Test
    void everyStatusIsReachableFromOpenAndNoneIsADeadEnd() {
        Set<ListStatus> reached = EnumSet.of(ListStatus.OPEN);
        Deque<ListStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            ListStatus status = todo.pop();
            for (ListTransition t : ListTransition.values()) {
                if (t.isAllowedFrom(status) && reached.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(ListStatus.values());
        for (ListStatus status : ListStatus.values()) {
            assertThat(Arrays.stream(ListTransition.values()).anyMatch(t -> t.isAllowedFrom(status)))
                    .as("a transition leaves " + status).isTrue();
        }
        for (ListTransition t : ListTransition.values()) {
            assertThat(t.from()).as(t.name()).doesNotContain(t.to());
        }
    }

    @Test
    void eachStatusChangeHasOnePerformer() {
        for (ListStatus from : ListStatus.values()) {
            for (ListStatus to : ListStatus.values()) {
                long performers = Arrays.stream(ListTransition.values())
                        .filter(t -> t.isAllowedFrom(from) && t.to() == to).map(ListTransition::actor).distinct()
                        .count();
                assertThat(performers).as(from + " → " + to).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void codesAreUnique() {
        assertThat(Arrays.stream(ListTransition.values()).map(ListTransition::code).distinct().count())
                .isEqualTo(ListTransition.values().length);
        assertThat(ListTransition.byCode("reopen")).contains(ListTransition.REOPEN);
        assertThat(ListTransition.byCode("withdraw")).isEmpty();
    }
}
