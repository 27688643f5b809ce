package cn.gov.hubei.jxt.pilot.decision;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decision's transition table and its invariants. */
class DecisionTransitionTableTest {

    @Test
    void theTableIsPendingToReleasedOrWithdrawn() {
        assertThat(DecisionTransition.values()).containsExactly(DecisionTransition.RELEASE, DecisionTransition.WITHDRAW);
        assertThat(DecisionTransition.RELEASE.from()).isEqualTo(DecisionStatus.PENDING);
        assertThat(DecisionTransition.RELEASE.to()).isEqualTo(DecisionStatus.RELEASED);
        assertThat(DecisionTransition.RELEASE.reasonRequired()).isFalse();
        assertThat(DecisionTransition.WITHDRAW.from()).isEqualTo(DecisionStatus.PENDING);
        assertThat(DecisionTransition.WITHDRAW.to()).isEqualTo(DecisionStatus.WITHDRAWN);
        assertThat(DecisionTransition.WITHDRAW.reasonRequired()).isTrue();
    }

    @Test
    void onlyAPendingDecisionChangesAndEveryOtherStatusIsFinal() {
        assertThat(DecisionTransition.from(DecisionStatus.PENDING))
                .containsExactly(DecisionTransition.RELEASE, DecisionTransition.WITHDRAW);
        for (DecisionStatus status : DecisionStatus.values()) {
            assertThat(status.isFinal()).as(status.name()).isEqualTo(status != DecisionStatus.PENDING);
        }
    }

    @Test
    void everyStatusIsReachableFromPendingAndNoTransitionLoops() {
        Set<DecisionStatus> reached = EnumSet.of(DecisionStatus.PENDING);
        Deque<DecisionStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            DecisionStatus status = todo.pop();
            for (DecisionTransition t : DecisionTransition.from(status)) {
                if (reached.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(DecisionStatus.values());
        for (DecisionTransition t : DecisionTransition.values()) {
            assertThat(t.to()).as(t.name()).isNotEqualTo(t.from());
        }
    }

    @Test
    void theGuardRefusesWhatTheTableDoesNotAllowWithTheStatusNow() {
        DecisionTransition.RELEASE.requireAllowedFrom(DecisionStatus.PENDING);
        assertThatThrownBy(() -> DecisionTransition.WITHDRAW.requireAllowedFrom(DecisionStatus.RELEASED))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("decision.withdraw.refused");
                    assertThat(e.getArguments()).hasSize(1);
                    assertThat(((org.springframework.context.MessageSourceResolvable) e.getArguments()[0]).getCodes())
                            .containsExactly("decision.status.RELEASED");
                });
    }
}
