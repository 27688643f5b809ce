package cn.gov.hubei.jxt.pilot.expert;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The expert pool, read by the modules of the review (the draw, the workspace, the inspection teams). System reads:
 * the caller checks who may see what. Contact details are not part of {@link Expert}; they stay in this module.
 */
public interface Experts {

    Optional<Expert> find(long expertId);

    /** The expert whose login account this is; empty for any other account. */
    Optional<Expert> byAccount(long accountId);

    /** The active experts, ordered by id: the pool a draw takes from. */
    List<Expert> active();

    /** The experts with these ids (unknown ids are left out), ordered by id. */
    List<Expert> all(Collection<Long> expertIds);
}
