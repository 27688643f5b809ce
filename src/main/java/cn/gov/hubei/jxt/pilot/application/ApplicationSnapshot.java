package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;

import java.util.List;
import java.util.Map;

/**
 * What a submitted version froze: the enterprise profile as it was (附件3 一(一)), every section, the section
 * versions it was made from, and the files it refers to.
 */
public record ApplicationSnapshot(long callId, String callTitle, String referenceVersion, String divisionCode,
                                  EnterpriseProfile profile, DraftSections sections,
                                  Map<String, Integer> sectionVersions, List<AttachedFile> files) {
}
