package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.recommendation.internal.PrecheckInput;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * For other modules' tests: takes a submitted application through the recommender's real path — pre-check with every
 * condition met, 推荐, and the division's list submitted to the province with a stamped scan — so that it reaches the
 * province. A list already submitted is reopened first (as an officer would) and submitted again.
 */
public final class SentToProvince {

    static final byte[] SCAN = "%PDF-1.4\n%stamped\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
            .getBytes(StandardCharsets.US_ASCII);

    private final RecommendationSteps service;

    public SentToProvince(RecommendationSteps service) {
        this.service = service;
    }

    /** A pre-check with every one of the eight conditions of §四 met. */
    public static List<PrecheckInput> allMet() {
        List<PrecheckInput> inputs = new ArrayList<>();
        for (int c = 1; c <= 8; c++) {
            inputs.add(new PrecheckInput(c, "MET", null));
        }
        return inputs;
    }

    public void recommendAndSubmit(long applicationId, long callId, String divisionCode) {
        String recommender = "recommender-" + divisionCode;
        if (service.isSubmitted(callId, divisionCode)) {
            service.reopen(callId, divisionCode, "补充推荐项目", null, "officer-fixture");
        }
        service.savePrecheck(applicationId, divisionCode, allMet(), recommender);
        service.recommend(applicationId, divisionCode, recommender);
        // sent whatever else of the division still waits (confirmed, as the recommender would)
        service.submit(callId, divisionCode, UUID.randomUUID().toString(), "汇总表盖章扫描件.pdf",
                new ByteArrayInputStream(SCAN), true, recommender);
    }
}
