package cn.gov.hubei.jxt.pilot.expert;

/**
 * Which applications an expert has been seated on and has accepted, before the pledge gives them the content: the
 * review meetings answer (the meeting module implements it). An expert declares a conflict with such an application
 * from the names alone — the enterprise and the project — before signing the 回避与保密承诺, so that a conflicted expert
 * never opens its content.
 */
public interface PanelInvitations {

    /** Whether the account holds an active seat on the application in a meeting whose invitation it accepted. */
    boolean isSeatedOn(long accountId, long applicationId);
}
