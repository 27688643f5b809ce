package cn.gov.hubei.jxt.pilot.objection;

import java.util.List;

/**
 * What an objector submits (the public page or the API). {@code idType} is a name of {@link IdType} as typed (checked
 * by the submission); {@code organisationName} only with {@link IdType#CREDIT_CODE}; {@code idempotencyToken} is the
 * form's one-time token (a double submit gives one case).
 */
public record NewObjection(long noticeId, Long applicationId, String name, String idType, String idNumber,
                           String organisationName, String telephone, String email, String facts, boolean consent,
                           String idempotencyToken, List<Evidence> evidence) {

    /** Longest facts text. */
    public static final int MAX_FACTS = 5000;
    /** Most evidence files of one objection. */
    public static final int MAX_FILES = 5;

    /** One uploaded evidence file. */
    public record Evidence(String name, byte[] content) {
    }

    public NewObjection {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
