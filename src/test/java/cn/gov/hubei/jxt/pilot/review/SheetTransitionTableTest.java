package cn.gov.hubei.jxt.pilot.review;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The score sheet's transition table and its invariants: reachable, no dead end, one performer each. */
class SheetTransitionTableTest {

    @Test
    void theExpertSubmitsAndTheOfficeUnlocksWithAReason() {
        assertThat(SheetTransition.values()).containsExactly(SheetTransition.SUBMIT, SheetTransition.UNLOCK);
        assertThat(SheetTransition.SUBMIT.performer()).isEqualTo(SheetTransition.Performer.EXPERT);
        assertThat(SheetTransition.SUBMIT.from()).isEqualTo(SheetStatus.DRAFT);
        assertThat(SheetTransition.SUBMIT.to()).isEqualTo(SheetStatus.SUBMITTED);
        assertThat(SheetTransition.SUBMIT.reasonRequired()).isFalse();
        assertThat(SheetTransition.UNLOCK.performer()).isEqualTo(SheetTransition.Performer.OFFICER);
        assertThat(SheetTransition.UNLOCK.from()).isEqualTo(SheetStatus.SUBMITTED);
        assertThat(SheetTransition.UNLOCK.to()).isEqualTo(SheetStatus.DRAFT);
        assertThat(SheetTransition.UNLOCK.reasonRequired()).isTrue();
    }

    @Test
    void everyStatusIsReachableFromADraftAndNoneIsADeadEnd() {
        Set<SheetStatus> reached = EnumSet.of(SheetStatus.DRAFT);
        Deque<SheetStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (SheetTransition t : SheetTransition.from(todo.pop())) {
                if (reached.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(SheetStatus.values());
        for (SheetStatus status : SheetStatus.values()) {
            assertThat(SheetTransition.from(status)).as(status.name()).hasSize(1);
        }
        for (SheetTransition t : SheetTransition.values()) {
            assertThat(t.to()).as(t.name()).isNotEqualTo(t.from());
        }
    }

    @Test
    void theGuardRefusesWhatTheTableDoesNotAllowNamingTheStatusNow() {
        SheetTransition.SUBMIT.requireAllowedFrom(SheetStatus.DRAFT);
        assertThatThrownBy(() -> SheetTransition.SUBMIT.requireAllowedFrom(SheetStatus.SUBMITTED))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("review.sheet.submit.refused");
                    assertThat(((MessageSourceResolvable) e.getArguments()[0]).getCodes())
                            .containsExactly("review.sheet.status.SUBMITTED");
                });
        assertThatThrownBy(() -> SheetTransition.UNLOCK.requireAllowedFrom(SheetStatus.DRAFT))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("review.sheet.unlock.refused"));
    }
}
