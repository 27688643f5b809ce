package cn.gov.hubei.jxt.pilot.expert;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The expert's transition table: every status reachable from ACTIVE, none a dead end, one performer each. */
class ExpertTransitionTableTest {

    @Test
    void everyStatusIsReachableFromRegistration() {
        Set<ExpertStatus> reached = EnumSet.of(ExpertStatus.ACTIVE);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ExpertTransition t : ExpertTransition.values()) {
                if (reached.contains(t.from()) && reached.add(t.to())) {
                    grew = true;
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(ExpertStatus.values());
    }

    @Test
    void noStatusIsADeadEndAndEveryTransitionHasOneOfficerPerformerAndAReason() {
        for (ExpertStatus status : ExpertStatus.values()) {
            assertThat(status.isFinal()).as(status.name()).isFalse();
        }
        for (ExpertTransition t : ExpertTransition.values()) {
            assertThat(t.performer()).isEqualTo(ExpertTransition.Performer.OFFICER);
            assertThat(t.reasonRequired()).isTrue();
            assertThat(t.from()).isNotEqualTo(t.to());
        }
        assertThat(ExpertTransition.from(ExpertStatus.ACTIVE)).containsExactly(ExpertTransition.DEACTIVATE);
        assertThat(ExpertTransition.from(ExpertStatus.INACTIVE)).containsExactly(ExpertTransition.ACTIVATE);
    }
}
