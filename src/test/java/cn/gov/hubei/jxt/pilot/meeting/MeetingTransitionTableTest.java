package cn.gov.hubei.jxt.pilot.meeting;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meeting's transition table and its invariants: reachable, no dead ends but the last, one performer. */
class MeetingTransitionTableTest {

    @Test
    void theTableIsDrawCancelStartClose() {
        assertThat(MeetingTransition.values()).containsExactly(MeetingTransition.DRAW, MeetingTransition.CANCEL_DRAW,
                MeetingTransition.START, MeetingTransition.CLOSE);
        assertThat(MeetingTransition.DRAW.from()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(MeetingTransition.DRAW.to()).isEqualTo(MeetingStatus.DRAWN);
        assertThat(MeetingTransition.CANCEL_DRAW.from()).isEqualTo(MeetingStatus.DRAWN);
        assertThat(MeetingTransition.CANCEL_DRAW.to()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(MeetingTransition.START.from()).isEqualTo(MeetingStatus.DRAWN);
        assertThat(MeetingTransition.START.to()).isEqualTo(MeetingStatus.STARTED);
        assertThat(MeetingTransition.CLOSE.from()).isEqualTo(MeetingStatus.STARTED);
        assertThat(MeetingTransition.CLOSE.to()).isEqualTo(MeetingStatus.CLOSED);
    }

    @Test
    void everyStatusIsReachableFromPlannedAndOnlyClosedIsFinal() {
        Set<MeetingStatus> reached = EnumSet.of(MeetingStatus.PLANNED);
        Deque<MeetingStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (MeetingTransition t : MeetingTransition.from(todo.pop())) {
                if (reached.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(MeetingStatus.values());
        for (MeetingStatus status : MeetingStatus.values()) {
            assertThat(MeetingTransition.from(status).isEmpty()).as(status.name())
                    .isEqualTo(status == MeetingStatus.CLOSED);
        }
        for (MeetingTransition t : MeetingTransition.values()) {
            assertThat(t.to()).as(t.name()).isNotEqualTo(t.from());
        }
    }

    @Test
    void everyTransitionHasOnePerformerTheProgrammeOffice() {
        for (MeetingTransition t : MeetingTransition.values()) {
            assertThat(t.performer()).as(t.name()).isEqualTo(MeetingTransition.Performer.OFFICER);
        }
        assertThat(MeetingTransition.Performer.values()).hasSize(1);
    }

    @Test
    void theGuardRefusesWhatTheTableDoesNotAllowNamingTheStatusNow() {
        MeetingTransition.DRAW.requireAllowedFrom(MeetingStatus.PLANNED);
        assertThatThrownBy(() -> MeetingTransition.START.requireAllowedFrom(MeetingStatus.PLANNED))
                .isInstanceOfSatisfying(MeetingRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("meeting.start.refused");
                    assertThat(((MessageSourceResolvable) e.getArguments()[0]).getCodes())
                            .containsExactly("meeting.status.PLANNED");
                });
    }
}
