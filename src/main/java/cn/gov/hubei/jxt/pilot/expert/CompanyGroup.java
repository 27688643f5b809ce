package cn.gov.hubei.jxt.pilot.expert;

import java.util.List;

/** A group of companies (集团) of the registry with its members. */
public record CompanyGroup(long id, String name, long version, List<Member> members) {

    public CompanyGroup {
        members = List.copyOf(members);
    }

    /** A member organisation, by credit code where known and by name. */
    public record Member(long id, String creditCode, String name) {
    }
}
