package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseNature;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataSealing;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 企业基本信息 rows, read together with the registered name, code and division of the enterprise. The contact
 * person's name, telephone, mobile, fax and e-mail are sealed at rest (docs/security.md §14).
 */
@Repository
public class ProfileStore {

    /** The sealed columns, for the start-up step. */
    static final PersonalDataSealing SEALED = PersonalDataSealing.of("enterprise_profile", "enterprise_id",
            "contact_name", "contact_phone", "contact_mobile", "contact_fax", "contact_email");

    private final RowMapper<EnterpriseProfile> profile = (rs, n) -> {
        Date founded = rs.getDate("founded_on");
        String nature = rs.getString("nature");
        return new EnterpriseProfile(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
                rs.getString("division_code"), founded == null ? null : founded.toLocalDate(),
                nature == null ? null : EnterpriseNature.valueOf(nature), rs.getString("address"),
                open(rs.getString("contact_name")), rs.getString("contact_title"), open(rs.getString("contact_phone")),
                open(rs.getString("contact_mobile")), open(rs.getString("contact_fax")),
                open(rs.getString("contact_email")),
                rs.getBigDecimal("total_assets"), rs.getBigDecimal("debt_ratio"), rs.getString("credit_rating"),
                rs.getBigDecimal("last_year_sales"), rs.getBigDecimal("last_year_tax"),
                rs.getBigDecimal("last_year_profit"), (Boolean) rs.getObject("integration_management_pilot"),
                (Boolean) rs.getObject("smart_manufacturing_project"),
                rs.getString("smart_manufacturing_project_name"), rs.getString("introduction"),
                rs.getInt("version"));
    };

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    ProfileStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    private String open(String stored) {
        return PersonalDataSealing.open(cipher, stored);
    }

    /**
     * The enterprise's current profile; one never saved has version 0 and only the registered name, code and
     * division. Empty when there is no such enterprise.
     */
    public Optional<EnterpriseProfile> load(long enterpriseId) {
        return jdbc.sql("""
                        select e.id, e.name, e.credit_code, e.division_code, p.founded_on, p.nature, p.address,
                               p.contact_name, p.contact_title, p.contact_phone, p.contact_mobile, p.contact_fax,
                               p.contact_email, p.total_assets, p.debt_ratio, p.credit_rating, p.last_year_sales,
                               p.last_year_tax, p.last_year_profit, p.integration_management_pilot,
                               p.smart_manufacturing_project, p.smart_manufacturing_project_name, p.introduction,
                               coalesce(p.version, 0) as version
                        from enterprise e left join enterprise_profile p on p.enterprise_id = e.id
                        where e.id = :id""")
                .param("id", enterpriseId).query(profile).optional();
    }

    /**
     * Saves the profile if it still has {@code expectedVersion} (0: never saved).
     *
     * @return the new version, or empty when someone saved another version meanwhile
     */
    Optional<Integer> save(long enterpriseId, ProfileValues p, int expectedVersion, String actor, OffsetDateTime now) {
        if (expectedVersion == 0) {
            Integer existing = jdbc.sql("select version from enterprise_profile where enterprise_id = :id")
                    .param("id", enterpriseId).query(Integer.class).optional().orElse(null);
            if (existing != null) {
                return Optional.empty();
            }
            // A concurrent first save makes this insert fail on the primary key, which the caller's transaction
            // reports as a conflict as well.
            bind(jdbc.sql("""
                    insert into enterprise_profile (enterprise_id, founded_on, nature, address, contact_name,
                        contact_title, contact_phone, contact_mobile, contact_fax, contact_email, total_assets,
                        debt_ratio, credit_rating, last_year_sales, last_year_tax, last_year_profit,
                        integration_management_pilot, smart_manufacturing_project, smart_manufacturing_project_name,
                        introduction, version, updated_at, updated_by)
                    values (:id, :foundedOn, :nature, :address, :contactName, :contactTitle, :contactPhone,
                        :contactMobile, :contactFax, :contactEmail, :totalAssets, :debtRatio, :creditRating,
                        :sales, :tax, :profit, :pilot, :project, :projectName, :introduction, 1, :now, :actor)"""),
                    enterpriseId, p, actor, now).update();
            return Optional.of(1);
        }
        int rows = bind(jdbc.sql("""
                        update enterprise_profile set founded_on = :foundedOn, nature = :nature, address = :address,
                            contact_name = :contactName, contact_title = :contactTitle, contact_phone = :contactPhone,
                            contact_mobile = :contactMobile, contact_fax = :contactFax, contact_email = :contactEmail,
                            total_assets = :totalAssets, debt_ratio = :debtRatio, credit_rating = :creditRating,
                            last_year_sales = :sales, last_year_tax = :tax, last_year_profit = :profit,
                            integration_management_pilot = :pilot, smart_manufacturing_project = :project,
                            smart_manufacturing_project_name = :projectName, introduction = :introduction,
                            version = version + 1, updated_at = :now, updated_by = :actor
                        where enterprise_id = :id and version = :expected"""),
                enterpriseId, p, actor, now).param("expected", expectedVersion).update();
        return rows == 1 ? Optional.of(expectedVersion + 1) : Optional.empty();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long enterpriseId, ProfileValues p,
                                                 String actor, OffsetDateTime now) {
        return spec.param("id", enterpriseId).param("foundedOn", p.foundedOn()).param("nature", p.nature().name())
                .param("address", p.address()).param("contactName", cipher.encrypt(p.contactName()))
                .param("contactTitle", p.contactTitle()).param("contactPhone", cipher.encrypt(p.contactPhone()))
                .param("contactMobile", cipher.encrypt(p.contactMobile()))
                .param("contactFax", cipher.encrypt(p.contactFax()))
                .param("contactEmail", cipher.encrypt(p.contactEmail())).param("totalAssets", p.totalAssets())
                .param("debtRatio", p.debtRatio()).param("creditRating", p.creditRating())
                .param("sales", p.lastYearSales()).param("tax", p.lastYearTax()).param("profit", p.lastYearProfit())
                .param("pilot", p.integrationManagementPilot()).param("project", p.smartManufacturingProject())
                .param("projectName", p.smartManufacturingProjectName()).param("introduction", p.introduction())
                .param("now", now).param("actor", actor);
    }
}
