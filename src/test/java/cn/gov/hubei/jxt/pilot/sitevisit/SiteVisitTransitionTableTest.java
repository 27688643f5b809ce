package cn.gov.hubei.jxt.pilot.sitevisit;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The site visit's transition table and its invariants: reachable, no dead ends but the final ones, one performer. */
class SiteVisitTransitionTableTest {

    @Test
    void theTableIsPlannedToRecordingToSignedOffAndCancelledByTheOfficerBefore() {
        assertThat(SiteVisitTransition.values()).containsExactly(SiteVisitTransition.START_RECORDING,
                SiteVisitTransition.SIGN_OFF, SiteVisitTransition.CANCEL_PLANNED, SiteVisitTransition.CANCEL_RECORDING);
        assertThat(SiteVisitTransition.START_RECORDING.performer()).isEqualTo(SiteVisitTransition.Performer.TEAM_MEMBER);
        assertThat(SiteVisitTransition.SIGN_OFF.performer()).isEqualTo(SiteVisitTransition.Performer.TEAM_LEADER);
        assertThat(SiteVisitTransition.SIGN_OFF.from()).isEqualTo(SiteVisitStatus.RECORDING);
        assertThat(SiteVisitTransition.SIGN_OFF.to()).isEqualTo(SiteVisitStatus.SIGNED_OFF);
        assertThat(SiteVisitTransition.CANCEL_PLANNED.performer()).isEqualTo(SiteVisitTransition.Performer.OFFICER);
        assertThat(SiteVisitTransition.CANCEL_RECORDING.performer()).isEqualTo(SiteVisitTransition.Performer.OFFICER);
    }

    @Test
    void everyStatusIsReachableFromPlannedAndOnlySignedOffAndCancelledAreFinal() {
        Set<SiteVisitStatus> reached = EnumSet.of(SiteVisitStatus.PLANNED);
        Deque<SiteVisitStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (SiteVisitTransition t : SiteVisitTransition.from(todo.pop())) {
                if (reached.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(SiteVisitStatus.values());
        for (SiteVisitStatus status : SiteVisitStatus.values()) {
            assertThat(status.isFinal()).as(status.name())
                    .isEqualTo(status == SiteVisitStatus.SIGNED_OFF || status == SiteVisitStatus.CANCELLED);
            assertThat(status.open()).as(status.name()).isEqualTo(!status.isFinal());
        }
        for (SiteVisitTransition t : SiteVisitTransition.values()) {
            assertThat(t.to()).as(t.name()).isNotEqualTo(t.from());
            assertThat(t.performer()).as(t.name()).isNotNull();
        }
    }

    @Test
    void oneTransitionOfACodeLeavesAStatus() {
        for (SiteVisitStatus status : SiteVisitStatus.values()) {
            assertThat(SiteVisitTransition.from(status).stream().map(SiteVisitTransition::code).distinct().count())
                    .as(status.name()).isEqualTo(SiteVisitTransition.from(status).size());
        }
        assertThat(SiteVisitTransition.of("cancel", SiteVisitStatus.RECORDING)).contains(SiteVisitTransition.CANCEL_RECORDING);
        assertThat(SiteVisitTransition.of("cancel", SiteVisitStatus.SIGNED_OFF)).isEmpty();
    }
}
