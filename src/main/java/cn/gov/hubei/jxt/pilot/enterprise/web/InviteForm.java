package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.enterprise.internal.EnterpriseMembers;

import java.util.Set;

/** The manager's invitation of a colleague: name, e-mail address and the user name they will log in with. */
record InviteForm(String displayName, String email, String username) {

    static final Set<String> FIELDS = Set.of("displayName", "email", "username");

    static InviteForm blank() {
        return new InviteForm("", "", "");
    }

    EnterpriseMembers.InviteInput toInput() {
        return new EnterpriseMembers.InviteInput(displayName, email, username);
    }
}
