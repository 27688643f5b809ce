package cn.gov.hubei.jxt.pilot.portal;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The typical scenario's transition table and its invariants. */
class ScenarioTransitionTableTest {

    @Test
    void everyStatusIsReachableFromCandidate() {
        Set<ScenarioStatus> reached = EnumSet.of(ScenarioStatus.CANDIDATE);
        Deque<ScenarioStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (ScenarioTransition t : ScenarioTransition.from(todo.pop())) {
                if (reached.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(ScenarioStatus.values());
    }

    @Test
    void noStatusIsADeadEndAndNoTransitionLoops() {
        for (ScenarioStatus status : ScenarioStatus.values()) {
            assertThat(ScenarioTransition.from(status)).as(status.name()).isNotEmpty();
        }
        for (ScenarioTransition t : ScenarioTransition.values()) {
            assertThat(t.to()).as(t.name()).isNotEqualTo(t.from());
        }
    }

    @Test
    void eachActionHasOnePerformerAndAtMostOneRowPerStatus() {
        Set<String> seen = new HashSet<>();
        for (ScenarioTransition t : ScenarioTransition.values()) {
            assertThat(seen.add(t.code() + "@" + t.from())).as(t.name()).isTrue();
            assertThat(Arrays.stream(ScenarioTransition.values()).filter(o -> o.code().equals(t.code()))
                    .map(ScenarioTransition::performer).distinct()).as(t.code()).hasSize(1);
        }
    }

    @Test
    void publicationNeedsTheConsentAndTheOfficeAndTheEnterpriseCanAlwaysTakeItDown() {
        assertThat(Arrays.stream(ScenarioTransition.values()).filter(t -> t.to() == ScenarioStatus.PUBLISHED))
                .containsExactly(ScenarioTransition.APPROVE);
        assertThat(ScenarioTransition.APPROVE.from()).isEqualTo(ScenarioStatus.CONSENTED);
        assertThat(ScenarioTransition.APPROVE.performer()).isEqualTo(ScenarioTransition.Performer.OFFICER);
        assertThat(ScenarioTransition.of("withdraw", ScenarioStatus.PUBLISHED)).contains(ScenarioTransition.WITHDRAW_PUBLISHED);
        assertThat(ScenarioTransition.WITHDRAW_PUBLISHED.performer()).isEqualTo(ScenarioTransition.Performer.APPLICANT);
        assertThat(ScenarioTransition.of("reject", ScenarioStatus.PUBLISHED)).contains(ScenarioTransition.TAKE_DOWN);
        assertThat(Arrays.stream(ScenarioTransition.values()).filter(ScenarioTransition::reasonRequired)
                .map(ScenarioTransition::code).distinct()).containsExactly("reject");
        assertThat(ScenarioStatus.PUBLISHED.isPublic()).isTrue();
        assertThat(Arrays.stream(ScenarioStatus.values()).filter(ScenarioStatus::isPublic)).hasSize(1);
    }
}
