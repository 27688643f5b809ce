package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SeparationOfDutiesTest {

    @Autowired MockMvc mvc;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void theServiceRefusesTwoAdministratorRolesAndNothingIsCreated() {
        String username = unique("two");
        assertThatThrownBy(() -> users.create(new NewAccount(username, "两个管理员", null, null,
                Set.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN), null, null), "Admin#2026x", true))
                .isInstanceOfSatisfying(AccountRuleException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code)
                        .containsExactly("role.assignment.two-admin-roles"));
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void changingAnAdministratorIntoAlsoAnOfficerIsRefused() {
        AccountView auditor = users.create(new NewAccount(unique("aud"), "审计", null, null,
                Set.of(Role.AUDIT_ADMIN), null, null), "Audit#2026x", true);
        assertThatThrownBy(() -> users.update(auditor.id(), auditor.version(), "审计", null, null,
                Set.of(Role.AUDIT_ADMIN, Role.OFFICER), null, null))
                .isInstanceOfSatisfying(AccountRuleException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code)
                        .containsExactly("role.assignment.admin-with-business-role"));
        assertThat(users.find(auditor.id()).orElseThrow().roles()).containsExactly(Role.AUDIT_ADMIN);
    }

    @Test
    void theDatabaseRefusesItEvenBehindTheApplicationsBack() {
        AccountView admin = users.create(new NewAccount(unique("sys"), "系统", null, null,
                Set.of(Role.SYSTEM_ADMIN), null, null), "System#2026x", true);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc
                .sql("insert into user_role (user_id, role) values (:id, 'SECURITY_ADMIN')")
                .param("id", admin.id()).update()))
                .hasMessageContaining("三员分立");
        assertThat(users.find(admin.id()).orElseThrow().roles()).containsExactly(Role.SYSTEM_ADMIN);
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void theAccountPageShowsTheRefusalBesideTheRoles() throws Exception {
        String username = unique("form");
        mvc.perform(post("/admin/users").with(csrf()).param("username", username).param("displayName", "表单")
                        .param("roles", "SECURITY_ADMIN", "EXPERT").param("password", "Form#2026xy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "三员分立：管理员角色不能与申报单位、推荐单位、省经信厅、评审专家等业务角色由同一账号兼任。")))
                .andExpect(content().string(containsString("id=\"roles-error\"")));
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void theSystemAdministratorCreatesARecommenderBoundToADivision() throws Exception {
        String username = unique("rec");
        mvc.perform(post("/admin/users").with(csrf()).param("username", username).param("displayName", "荆州市经信局")
                        .param("roles", "RECOMMENDER").param("divisionCode", "421000").param("password", "Jingzhou#2026"))
                .andExpect(status().is3xxRedirection());
        AccountView created = users.findByUsername(username).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.RECOMMENDER);
        assertThat(created.divisionCode()).isEqualTo("421000");
        assertThat(created.mustChangePassword()).isTrue();
    }

    @Test
    @WithMockUser(roles = "AUDIT_ADMIN")
    void otherAdministratorsCannotManageAccounts() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void theSystemAdministratorCannotEditThePolicy() throws Exception {
        mvc.perform(get("/admin/policy")).andExpect(status().isForbidden());
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
