package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.expert.ConflictDeclared;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A declared conflict of interest takes the expert off the application at once, in the transaction that recorded the
 * declaration: the seat becomes vacant (the office replaces it from the reserves) and the application is no longer
 * assigned to the expert.
 */
@Component
class ConflictListener {

    private final InvitationAnswers answers;

    ConflictListener(InvitationAnswers answers) {
        this.answers = answers;
    }

    @EventListener
    void on(ConflictDeclared event) {
        answers.conflictDeclared(event.expertId(), event.accountId(), event.applicationId(), event.actor());
    }
}
