package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * The programme office's writes to the expert pool (pages, API, import, demo data, tests): each one checks
 * {@link ExpertPermissions} again, writes, keeps a history row and an audit entry in one transaction, and refuses
 * broken input with field problems ({@link ExpertRefusedException}) changing nothing.
 */
public interface ExpertPool {

    /** Registers a new, active expert. */
    ExpertDetails register(NewExpert expert, CurrentUser by);

    /** Replaces the record of the expert that still has {@code version} (otherwise refused: changed meanwhile). */
    ExpertDetails update(long expertId, long version, NewExpert expert, CurrentUser by);

    /** 停用 with a reason; an expert already inactive is returned unchanged (a double click changes nothing). */
    ExpertDetails deactivate(long expertId, String reason, CurrentUser by);

    /** 启用 with a reason; an expert already active is returned unchanged. */
    ExpertDetails activate(long expertId, String reason, CurrentUser by);

    /**
     * Links the expert to a login account holding the role {@code EXPERT} (made by the account pages or by
     * {@code UserAdministration}); refused when the expert has an account already or the account is another expert's.
     */
    ExpertDetails linkAccount(long expertId, long accountId, CurrentUser by);

    /**
     * Creates the expert's login account (role {@code EXPERT}, user name {@code zj} + the expert's number, a temporary
     * password by the password policy, to be changed at the first login) and links it; refused when the expert has
     * one. The password is returned once.
     */
    ExpertAccount createAccount(long expertId, CurrentUser by);

    /** {@link #createAccount} for every expert without an account, in the order of their ids. */
    List<ExpertAccount> createMissingAccounts(CurrentUser by);

    /** One page of the experts the filter finds (programme office only; empty for anyone else). */
    List<ExpertDetails> list(ExpertFilter filter, CurrentUser viewer);

    /** How many experts the filter finds on all pages. */
    int count(ExpertFilter filter, CurrentUser viewer);

    /** The expert's record with contact details for the programme office, without for the expert themself. */
    Optional<ExpertDetails> details(long expertId, CurrentUser viewer);

    /** The expert's history, oldest first (programme office only; empty for anyone else). */
    List<ExpertChange> history(long expertId, CurrentUser viewer);
}
