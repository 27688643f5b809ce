package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;

/**
 * Declared conflicts of interest (回避申报): the expert declares, per application they can see, former employment
 * within 3 years, consulting, shareholding, relatives or something else in words; an officer may record it on the
 * expert's word. Declaring publishes {@link ConflictDeclared} inside its transaction and is audited; declaring again
 * what is already declared changes nothing. Checked against {@link ExpertPermissions} here, whoever calls.
 */
public interface ConflictDeclarations {

    int MAX_TEXT = 1000;

    /** Declares a conflict; the call comes from the application. Returns the live declaration. */
    ConflictDeclaration declare(long expertId, long applicationId, ConflictKind kind, String text, CurrentUser by);

    /** Withdraws a live declaration with a reason (programme office only); a withdrawn one is returned unchanged. */
    ConflictDeclaration withdraw(long declarationId, String reason, CurrentUser by);

    /** The expert's declarations, newest first: for the expert themself and the programme office. */
    List<ConflictDeclaration> ofExpert(long expertId, CurrentUser viewer);

    /** The declarations in a call, by expert and application: programme office only. */
    List<ConflictDeclaration> ofCall(long callId, CurrentUser viewer);
}
