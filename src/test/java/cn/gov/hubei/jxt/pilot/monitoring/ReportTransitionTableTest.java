package cn.gov.hubei.jxt.pilot.monitoring;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's transition table and its invariants: reachable, no dead end but the final ones, one performer. */
class ReportTransitionTableTest {

    @Test
    void everyStatusIsReachableFromTheDraftAndOnlyQualifiedAndRemovedAreFinal() {
        Set<ReportStatus> reached = EnumSet.of(ReportStatus.DRAFT);
        Deque<ReportStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (ReportTransition t : ReportTransition.from(todo.pop())) {
                if (reached.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(ReportStatus.values());
        for (ReportStatus status : ReportStatus.values()) {
            assertThat(status.isFinal()).as(status.name())
                    .isEqualTo(status == ReportStatus.QUALIFIED || status == ReportStatus.REMOVED);
        }
    }

    @Test
    void theUnitFilesTheDivisionReviewsTheOfficeEvaluates() {
        for (ReportTransition t : ReportTransition.values()) {
            ReportTransition.Performer expected = switch (t) {
                case SUBMIT, RESUBMIT, SUBMIT_RECTIFICATION -> ReportTransition.Performer.ENTERPRISE;
                case RETURN, COMMENT -> ReportTransition.Performer.RECOMMENDER;
                default -> ReportTransition.Performer.OFFICER;
            };
            assertThat(t.performer()).as(t.name()).isEqualTo(expected);
        }
        // the office evaluates only what the division has commented (or what was never handed in, after the deadline)
        assertThat(ReportTransition.values()).filteredOn(t -> t.performer() == ReportTransition.Performer.OFFICER)
                .extracting(ReportTransition::from)
                .containsOnly(ReportStatus.COMMENTED, ReportStatus.RECTIFIED, ReportStatus.DRAFT);
        assertThat(ReportTransition.values()).filteredOn(ReportTransition::removes).containsExactly(
                ReportTransition.REMOVE, ReportTransition.REMOVE_UNREPORTED, ReportTransition.CONCLUDE_REMOVED);
    }

    @Test
    void thePhaseAxis() {
        assertThat(ReportTransition.SUBMIT.isAllowed(ReportStatus.DRAFT, RoundPhase.OPEN)).isTrue();
        assertThat(ReportTransition.SUBMIT.isAllowed(ReportStatus.DRAFT, RoundPhase.CLOSED)).isFalse();
        assertThat(ReportTransition.SUBMIT.isAllowed(ReportStatus.DRAFT, RoundPhase.NOT_OPEN)).isFalse();
        assertThat(ReportTransition.REMOVE_UNREPORTED.isAllowed(ReportStatus.DRAFT, RoundPhase.OPEN)).isFalse();
        assertThat(ReportTransition.REMOVE_UNREPORTED.isAllowed(ReportStatus.DRAFT, RoundPhase.CLOSED)).isTrue();
        assertThat(ReportTransition.RESUBMIT.isAllowed(ReportStatus.RETURNED, RoundPhase.CLOSED)).isTrue();
        assertThat(RoundPhase.on(java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 2),
                java.time.LocalDate.of(2026, 11, 30))).isEqualTo(RoundPhase.NOT_OPEN);
        assertThat(RoundPhase.on(java.time.LocalDate.of(2026, 11, 30), java.time.LocalDate.of(2026, 11, 2),
                java.time.LocalDate.of(2026, 11, 30))).isEqualTo(RoundPhase.OPEN);
        assertThat(RoundPhase.on(java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 11, 2),
                java.time.LocalDate.of(2026, 11, 30))).isEqualTo(RoundPhase.CLOSED);
    }

    @Test
    void theGuardRefusesWithTheStatusNow() {
        ReportTransition.QUALIFY.requireAllowed(ReportStatus.COMMENTED, RoundPhase.CLOSED);
        assertThatThrownBy(() -> ReportTransition.QUALIFY.requireAllowed(ReportStatus.SUBMITTED, RoundPhase.OPEN))
                .isInstanceOfSatisfying(MonitoringRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("monitoring.qualify.refused");
                    assertThat(((org.springframework.context.MessageSourceResolvable) e.getArguments()[0])
                            .getCodes()).containsExactly("monitoring.status.SUBMITTED");
                });
    }
}
