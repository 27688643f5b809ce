package cn.gov.hubei.jxt.pilot.designation;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The publication's transition table and its invariants: reachable, no dead end but the final one, one performer. */
class PublicationTransitionTableTest {

    @Test
    void theTableIsCorrectTheNumberThenIssueTheCertificates() {
        assertThat(PublicationTransition.values())
                .containsExactly(PublicationTransition.CORRECT_NUMBER, PublicationTransition.ISSUE_CERTIFICATES);
        assertThat(PublicationTransition.CORRECT_NUMBER.from()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(PublicationTransition.CORRECT_NUMBER.to()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(PublicationTransition.ISSUE_CERTIFICATES.from()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(PublicationTransition.ISSUE_CERTIFICATES.to()).isEqualTo(PublicationStatus.CERTIFIED);
    }

    @Test
    void everyStatusIsReachableFromPublishedAndOnlyCertifiedIsFinal() {
        Set<PublicationStatus> reached = EnumSet.of(PublicationStatus.PUBLISHED);
        Deque<PublicationStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (PublicationTransition t : PublicationTransition.from(todo.pop())) {
                if (reached.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(PublicationStatus.values());
        assertThat(PublicationStatus.PUBLISHED.isFinal()).isFalse();
        assertThat(PublicationStatus.CERTIFIED.isFinal()).isTrue();
        assertThat(PublicationTransition.from(PublicationStatus.CERTIFIED)).isEmpty();
    }

    @Test
    void everyTransitionHasOnePerformerTheOffice() {
        for (PublicationTransition t : PublicationTransition.values()) {
            assertThat(t.performer()).as(t.name()).isEqualTo(PublicationTransition.Performer.OFFICER);
        }
    }

    @Test
    void theGuardRefusesWithTheStatusNow() {
        PublicationTransition.CORRECT_NUMBER.requireAllowedFrom(PublicationStatus.PUBLISHED);
        assertThatThrownBy(() -> PublicationTransition.CORRECT_NUMBER.requireAllowedFrom(PublicationStatus.CERTIFIED))
                .isInstanceOfSatisfying(DesignationRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("designation.correct-number.refused");
                    assertThat(((org.springframework.context.MessageSourceResolvable) e.getArguments()[0])
                            .getCodes()).containsExactly("designation.status.CERTIFIED");
                });
    }
}
