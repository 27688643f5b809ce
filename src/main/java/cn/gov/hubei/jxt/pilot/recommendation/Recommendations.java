package cn.gov.hubei.jxt.pilot.recommendation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The divisions' recommendation lists, for the province's intake and formal review. Read-only: the recommenders'
 * decisions are made through this module's pages and API.
 */
public interface Recommendations {

    /** The division's list in the call; empty for an unknown call or a code that is no recommending division. */
    Optional<RecommendationList> list(long callId, String divisionCode);

    /** The lists of all 17 divisions in their official order, submitted or not; empty for an unknown call. */
    List<RecommendationList> lists(long callId);

    /** Whether the division's list of the call has been submitted to the province (and not reopened since). */
    boolean isSubmitted(long callId, String divisionCode);

    /** The application's rank on its division's list; empty when it is not (or no longer) recommended. */
    OptionalInt rankOf(long applicationId);

    /**
     * The message key of the pre-check state (预审, {@code recommendation.precheck.state.*}: 未预审, 预审未完成, 预审符合,
     * 有不符合项) of the application's last submitted version; empty for an unknown application. A system read: the
     * caller checks that the person may see the application (the expert review shows it to the application's panel).
     */
    Optional<String> precheckStateKey(long applicationId);
}
