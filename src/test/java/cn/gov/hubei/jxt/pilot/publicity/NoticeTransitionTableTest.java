package cn.gov.hubei.jxt.pilot.publicity;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The notice's transition table and its invariants: reachable, no dead ends but the last, one performer each. */
class NoticeTransitionTableTest {

    @Test
    void theOfficerReleasesOrDiscardsAndTheClockOpensAndCloses() {
        assertThat(NoticeTransition.values()).containsExactly(NoticeTransition.RELEASE, NoticeTransition.DISCARD,
                NoticeTransition.OPEN, NoticeTransition.CLOSE);
        assertThat(NoticeTransition.RELEASE.performer()).isEqualTo(NoticeTransition.Performer.OFFICER);
        assertThat(NoticeTransition.DISCARD.performer()).isEqualTo(NoticeTransition.Performer.OFFICER);
        assertThat(NoticeTransition.OPEN.performer()).isEqualTo(NoticeTransition.Performer.CLOCK);
        assertThat(NoticeTransition.CLOSE.performer()).isEqualTo(NoticeTransition.Performer.CLOCK);
        assertThat(NoticeTransition.DISCARD.to()).isEmpty();
        assertThat(NoticeTransition.clockFrom(NoticeStatus.RELEASED)).contains(NoticeTransition.OPEN);
        assertThat(NoticeTransition.clockFrom(NoticeStatus.OPEN)).contains(NoticeTransition.CLOSE);
        assertThat(NoticeTransition.clockFrom(NoticeStatus.DRAFT)).isEmpty();
    }

    @Test
    void everyStatusIsReachableFromTheDraftAndOnlyClosedIsFinal() {
        Set<NoticeStatus> reached = EnumSet.of(NoticeStatus.DRAFT);
        Deque<NoticeStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (NoticeTransition t : NoticeTransition.from(todo.pop())) {
                t.to().filter(reached::add).ifPresent(todo::push);
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(NoticeStatus.values());
        for (NoticeStatus status : NoticeStatus.values()) {
            assertThat(NoticeTransition.from(status).isEmpty()).as(status.name())
                    .isEqualTo(status == NoticeStatus.CLOSED);
        }
        for (NoticeTransition t : NoticeTransition.values()) {
            assertThat(t.to()).as(t.name()).isNotEqualTo(java.util.Optional.of(t.from()));
        }
    }

    @Test
    void eachStatusIsLeftByOnePerformerOnly() {
        for (NoticeStatus status : NoticeStatus.values()) {
            assertThat(NoticeTransition.from(status).stream().map(NoticeTransition::performer).distinct().count())
                    .as(status.name()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void theGuardRefusesWithTheStatusInWords() {
        NoticeTransition.RELEASE.requireAllowedFrom(NoticeStatus.DRAFT);
        assertThatThrownBy(() -> NoticeTransition.DISCARD.requireAllowedFrom(NoticeStatus.OPEN))
                .isInstanceOfSatisfying(PublicityRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("publicity.discard.refused");
                    assertThat(((MessageSourceResolvable) e.getArguments()[0]).getCodes())
                            .containsExactly("publicity.status.OPEN.label");
                });
    }
}
