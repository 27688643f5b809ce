package cn.gov.hubei.jxt.pilot.expert;

import java.io.Serial;
import java.io.Serializable;

/**
 * A login account created for an expert: the user name and the initial password, shown once to the officer (stored
 * only as a hash; to be changed at the first login).
 */
public record ExpertAccount(long expertId, String expertName, String username, String initialPassword)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
