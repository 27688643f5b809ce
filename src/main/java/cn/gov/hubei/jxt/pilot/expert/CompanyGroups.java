package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * The registry of groups of companies that the programme office keeps for the SAME_GROUP conflict: a group's name and
 * its members by credit code and/or name. Writes are the office's, audited; adding a member that is there already
 * changes nothing.
 */
public interface CompanyGroups {

    List<CompanyGroup> all();

    Optional<CompanyGroup> find(long groupId);

    Optional<CompanyGroup> byName(String name);

    CompanyGroup create(String name, CurrentUser by);

    CompanyGroup addMember(long groupId, String creditCode, String name, CurrentUser by);

    CompanyGroup removeMember(long groupId, long memberId, CurrentUser by);
}
