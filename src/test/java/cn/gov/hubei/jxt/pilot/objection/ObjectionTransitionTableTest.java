package cn.gov.hubei.jxt.pilot.objection;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The objection case's transition table and its invariants: reachable, no dead ends, one performer. */
class ObjectionTransitionTableTest {

    @Test
    void theTableIsReceivedToAcceptedOrDeclinedAndAcceptedToUpheldOrDismissed() {
        assertThat(ObjectionTransition.values()).containsExactly(ObjectionTransition.ACCEPT,
                ObjectionTransition.DECLINE, ObjectionTransition.UPHOLD, ObjectionTransition.DISMISS);
        assertThat(ObjectionTransition.from(ObjectionStatus.RECEIVED))
                .containsExactly(ObjectionTransition.ACCEPT, ObjectionTransition.DECLINE);
        assertThat(ObjectionTransition.from(ObjectionStatus.ACCEPTED))
                .containsExactly(ObjectionTransition.UPHOLD, ObjectionTransition.DISMISS);
        assertThat(ObjectionTransition.ACCEPT.reasonRequired()).isFalse();
        assertThat(ObjectionTransition.DECLINE.reasonRequired()).isTrue();
        assertThat(ObjectionTransition.UPHOLD.reasonRequired()).isTrue();
        assertThat(ObjectionTransition.DISMISS.reasonRequired()).isTrue();
    }

    @Test
    void everyStatusIsReachableFromReceivedAndEveryNonFinalStatusHasAWayOut() {
        Set<ObjectionStatus> reached = EnumSet.of(ObjectionStatus.RECEIVED);
        Deque<ObjectionStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (ObjectionTransition t : ObjectionTransition.from(todo.pop())) {
                if (reached.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(ObjectionStatus.values());
        assertThat(EnumSet.allOf(ObjectionStatus.class).stream().filter(ObjectionStatus::isFinal))
                .containsExactlyInAnyOrder(ObjectionStatus.DECLINED, ObjectionStatus.UPHELD, ObjectionStatus.DISMISSED);
        for (ObjectionTransition t : ObjectionTransition.values()) {
            assertThat(t.to()).as(t.name()).isNotEqualTo(t.from());
            assertThat(t.performer()).as("one performer: the office").isEqualTo(ObjectionTransition.Performer.OFFICE);
            assertThat(t.concludes()).as(t.name()).isEqualTo(t != ObjectionTransition.ACCEPT);
            assertThat(ObjectionTransition.ofCode(t.code())).contains(t);
        }
    }

    @Test
    void theGuardRefusesWhatTheTableDoesNotAllowWithTheStatusNow() {
        ObjectionTransition.ACCEPT.requireAllowedFrom(ObjectionStatus.RECEIVED);
        assertThatThrownBy(() -> ObjectionTransition.UPHOLD.requireAllowedFrom(ObjectionStatus.RECEIVED))
                .isInstanceOfSatisfying(ObjectionRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("objection.uphold.refused");
                    assertThat(((MessageSourceResolvable) e.getArguments()[0]).getCodes())
                            .containsExactly("objection.status.RECEIVED");
                });
    }
}
