package cn.gov.hubei.jxt.pilot.call;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * The yearly calls, for pages and for other modules. Every read first applies the clock transitions that are due,
 * so a caller asking one second after a deadline never sees the earlier status.
 *
 * <p>A person changes calls through the methods taking a {@link CurrentUser}: they check
 * {@link CallPermissions#canManage(CurrentUser)} themselves (a refusal is a {@link CallActionRefusedException}
 * {@code call.manage.refused}). The methods taking a {@code String actor} record a named system actor (the demo
 * loader, tests) without a permission check.
 */
public interface Calls {

    Optional<CallSummary> find(long id);

    /** Every call, newest year first. */
    List<CallSummary> all();

    /** The calls that were published at some point (what enterprises and recommenders may see), newest first. */
    List<CallSummary> announced();

    /** The calls in which enterprises may file at this moment. */
    List<CallSummary> openForFiling();

    /** Whether enterprises may file in this call at this moment; {@code false} for an unknown call. */
    boolean isFilingOpen(long callId);

    /** The call's status changes, oldest first. */
    List<CallStatusChange> history(long callId);

    /**
     * Creates a call as a draft.
     *
     * @throws CallValidationException when the terms break a rule
     */
    CallSummary create(NewCall call, String actor);

    /**
     * Replaces the terms of a call, if it is still at {@code expectedVersion}.
     *
     * @throws CallNotFoundException        when there is no such call
     * @throws CallActionRefusedException   when the call's status allows no edit
     * @throws CallVersionConflictException when the call changed since the caller read it
     * @throws CallValidationException      when the new terms break a rule (including one that may not change now)
     */
    CallSummary update(long id, long expectedVersion, CallChanges changes, String actor);

    /**
     * Publishes a draft. If its filing window has already opened, the clock moves it on to
     * {@link CallStatus#FILING_OPEN} at once.
     *
     * @throws CallActionRefusedException when the transition table or the closing time forbids it
     */
    CallSummary publish(long id, String actor);

    /**
     * Cancels a draft or a published call that has not opened for filing, with the reason.
     *
     * @throws CallActionRefusedException when the transition table forbids it or the reason is missing
     */
    CallSummary cancel(long id, String reason, String actor);

    /** {@link #create(NewCall, String)} by a person, who must manage calls. */
    CallSummary create(NewCall call, CurrentUser by);

    /** {@link #update(long, long, CallChanges, String)} by a person, who must manage calls. */
    CallSummary update(long id, long expectedVersion, CallChanges changes, CurrentUser by);

    /** {@link #publish(long, String)} by a person, who must manage calls. */
    CallSummary publish(long id, CurrentUser by);

    /** {@link #cancel(long, String, String)} by a person, who must manage calls. */
    CallSummary cancel(long id, String reason, CurrentUser by);
}
