package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.expert.Expert;
import cn.gov.hubei.jxt.pilot.meeting.GroupBasis;
import cn.gov.hubei.jxt.pilot.meeting.MeetingGroup;

import java.util.Collection;

/**
 * The expertise match of an expert and an application of a group (docs/meeting.md): 3 per mode the expert and the
 * application share, 2 when the expert's industries include the group's industry (a group by industry: the
 * application's industry), and 1 more when the expert covers the group's basis. An expert covers a group when the
 * group's mode (or industry) is one of theirs.
 */
final class ExpertiseMatch {

    static final int PER_SHARED_MODE = 3;
    static final int PER_SHARED_INDUSTRY = 2;
    static final int COVERS_BASIS = 1;

    private ExpertiseMatch() {
    }

    static boolean covers(Expert expert, MeetingGroup group) {
        return group.basis() == GroupBasis.MODE ? expert.modeCodes().contains(group.basisCode())
                : expert.industryCodes().contains(group.basisCode());
    }

    static int score(Expert expert, Collection<String> applicationModes, MeetingGroup group) {
        int score = 0;
        for (String mode : applicationModes.stream().distinct().toList()) {
            if (expert.modeCodes().contains(mode)) {
                score += PER_SHARED_MODE;
            }
        }
        if (group.basis() == GroupBasis.INDUSTRY && expert.industryCodes().contains(group.basisCode())) {
            score += PER_SHARED_INDUSTRY;
        }
        if (covers(expert, group)) {
            score += COVERS_BASIS;
        }
        return score;
    }
}
