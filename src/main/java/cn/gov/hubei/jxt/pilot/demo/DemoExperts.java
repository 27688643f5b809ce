package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.expert.CompanyGroup;
import cn.gov.hubei.jxt.pilot.expert.CompanyGroups;
import cn.gov.hubei.jxt.pilot.expert.ExpertDetails;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.NewExpert;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo expert pool: 30 experts of universities, institutes and enterprises across Hubei (and a few from outside),
 * with fields across the five modes and the key industries. The demo accounts expert1, expert2 and expert3 are three
 * of them; most others have an account of their own (zj + number, initial password to be changed), six have none,
 * one is inactive. A few are employed by the demo enterprises (by credit code or by name), by a member of the demo
 * group of companies, or by 宜昌市经济和信息化局, so that automatic conflicts of interest appear in the draw.
 */
@Component
@Profile("!prod")
class DemoExperts {

    private static final Logger log = LoggerFactory.getLogger(DemoExperts.class);

    /** One demo expert; {@code account} is the demo account linked to them, "" for a new one, null for none. */
    record DemoExpert(String name, String employer, String creditCode, String group, String title, String modes,
                      String industries, String division, String phone, String account) {
    }

    static final String GROUP = "三峡汽车集团";
    static final String SANXIA_PARTS = UnifiedSocialCreditCode.forEnterprise("420502", "MA4K5101").value();
    static final String JIANGXIA_GEARS = UnifiedSocialCreditCode.forEnterprise("420115", "MA4K2102").value();

    static final List<DemoExpert> EXPERTS = List.of(
            new DemoExpert("李华", "华中科技大学", null, null, "教授", "DISCRETE NETWORKED", "AUTOMOTIVE HIGH_END_CNC_MACHINE", "420100", "13907100001", "expert1"),
            new DemoExpert("王强", "武汉理工大学", null, null, "教授", "PROCESS REMOTE_OM", "NEW_MATERIALS HIGH_END_EQUIPMENT", "420100", "13907100002", "expert2"),
            new DemoExpert("赵敏", "湖北工业大学", null, null, "副教授", "CUSTOMIZATION DISCRETE", "TEXTILE FOOD", "420100", "13907100003", "expert3"),
            new DemoExpert("陈志远", "武汉江夏精密齿轮有限公司", JIANGXIA_GEARS, null, "总工程师", "DISCRETE", "AUTOMOTIVE HIGH_END_CNC_MACHINE", "420100", "13907100004", ""),
            new DemoExpert("刘建国", "宜昌三峡汽车零部件（股份）有限公司", null, null, "技术总监", "DISCRETE REMOTE_OM", "AUTOMOTIVE", "420500", "13907100005", ""),
            new DemoExpert("周晓峰", "三峡汽车研究院", null, GROUP, "研究员", "NETWORKED", "AUTOMOTIVE HIGH_END_EQUIPMENT", "420500", "13907100006", ""),
            new DemoExpert("吴红梅", "宜昌市经济和信息化局", null, null, "高级工程师", "PROCESS", "BIOMEDICINE", "420500", "13907100007", ""),
            new DemoExpert("郑凯", "三峡大学", null, null, "教授", "PROCESS REMOTE_OM", "NEW_MATERIALS", "420500", "13907100008", ""),
            new DemoExpert("孙丽", "武汉大学", null, null, "教授", "NETWORKED CUSTOMIZATION", "ELECTRONIC_INFORMATION", "420100", "13907100009", ""),
            new DemoExpert("马俊", "中国信息通信研究院", null, null, "高级工程师", "NETWORKED REMOTE_OM", "ELECTRONIC_INFORMATION", null, "13907100010", ""),
            new DemoExpert("黄伟", "湖北省机械工业设计院", null, null, "正高级工程师", "DISCRETE", "HIGH_END_EQUIPMENT HIGH_END_CNC_MACHINE", "420100", "13907100011", ""),
            new DemoExpert("胡静", "武汉纺织大学", null, null, "教授", "CUSTOMIZATION", "TEXTILE", "420100", "13907100012", ""),
            new DemoExpert("何斌", "湖北汽车工业学院", null, null, "教授", "DISCRETE", "AUTOMOTIVE", "420300", "13907100013", ""),
            new DemoExpert("高峰", "东风汽车集团有限公司技术中心", null, null, "高级工程师", "DISCRETE NETWORKED", "AUTOMOTIVE", "420300", "13907100014", ""),
            new DemoExpert("林芳", "湖北文理学院", null, null, "副教授", "DISCRETE", "HIGH_END_EQUIPMENT", "420600", "13907100015", ""),
            new DemoExpert("郭亮", "襄阳市产业技术研究院", null, null, "研究员", "REMOTE_OM", "AUTOMOTIVE NEW_MATERIALS", "420600", "13907100016", ""),
            new DemoExpert("罗敏", "长江大学", null, null, "教授", "PROCESS", "FOOD BIOMEDICINE", "421000", "13907100017", ""),
            new DemoExpert("梁涛", "湖北理工学院", null, null, "教授", "PROCESS", "NEW_MATERIALS", "420200", "13907100018", ""),
            new DemoExpert("宋洁", "荆楚理工学院", null, null, "副教授", "CUSTOMIZATION", "FOOD", "420800", "13907100019", ""),
            new DemoExpert("谢明", "湖北工程学院", null, null, "教授", "NETWORKED", "ELECTRONIC_INFORMATION", "420900", "13907100020", ""),
            new DemoExpert("韩冰", "黄冈师范学院", null, null, "副教授", "DISCRETE", "OTHER", "421100", "13907100021", ""),
            new DemoExpert("唐磊", "湖北科技学院", null, null, "教授", "PROCESS", "BIOMEDICINE", "421200", "13907100022", ""),
            new DemoExpert("冯雪", "湖北民族大学", null, null, "教授", "CUSTOMIZATION REMOTE_OM", "FOOD", "422800", "13907100023", ""),
            new DemoExpert("于洋", "清华大学", null, null, "教授", "NETWORKED DISCRETE", "HIGH_END_CNC_MACHINE ELECTRONIC_INFORMATION", null, "13907100024", ""),
            new DemoExpert("董建华", "北京航空航天大学", null, null, "教授", "REMOTE_OM", "HIGH_END_EQUIPMENT", null, "13907100025", null),
            new DemoExpert("曹颖", "上海交通大学", null, null, "教授", "PROCESS CUSTOMIZATION", "NEW_MATERIALS TEXTILE", null, "13907100026", null),
            new DemoExpert("彭程", "仙桃市产业技术研究院", null, null, "高级工程师", "CUSTOMIZATION", "TEXTILE", "429004", "13907100027", null),
            new DemoExpert("蒋伟", "潜江市经济和信息化局", null, null, "工程师", "PROCESS", "FOOD", "429005", "13907100028", null),
            new DemoExpert("蔡勇", "湖北十堰智能制造研究院", null, null, "研究员", "DISCRETE REMOTE_OM", "AUTOMOTIVE", "420300", "13907100029", null),
            new DemoExpert("贾宁", "武汉光谷新能源汽车电驱科技有限公司", null, null, "高级工程师", "DISCRETE", "AUTOMOTIVE ELECTRONIC_INFORMATION", "420100", "13907100030", null));

    /** The one demo expert who is inactive, and why. */
    static final Map<String, String> INACTIVE = Map.of("韩冰", "本人申请暂停评审工作（出国访学一年）");

    private final ExpertPool pool;
    private final CompanyGroups groups;
    private final UserAdministration users;

    DemoExperts(ExpertPool pool, CompanyGroups groups, UserAdministration users) {
        this.pool = pool;
        this.groups = groups;
        this.users = users;
    }

    /** Registers the pool (in the caller's transaction: the demo step's). */
    void ensure() {
        CurrentUser officer = users.actingAs("officer").orElseThrow(() -> new IllegalStateException(
                "the demo officer is missing"));
        CompanyGroup group = groups.create(GROUP, officer);
        groups.addMember(group.id(), SANXIA_PARTS, "宜昌三峡汽车零部件有限公司", officer);
        groups.addMember(group.id(), null, "三峡汽车研究院", officer);
        int accounts = 0;
        for (DemoExpert d : EXPERTS) {
            ExpertDetails saved = pool.register(new NewExpert(d.name(), d.employer(), d.creditCode(), d.group(),
                    d.title(), codes(d.modes()), codes(d.industries()), d.division(), d.phone(),
                    null), officer);
            if (d.account() != null && !d.account().isEmpty()) {
                long accountId = users.findByUsername(d.account()).orElseThrow().id();
                pool.linkAccount(saved.id(), accountId, officer);
            } else if (d.account() != null) {
                pool.createAccount(saved.id(), officer);
                accounts++;
            }
            if (INACTIVE.containsKey(d.name())) {
                pool.deactivate(saved.id(), INACTIVE.get(d.name()), officer);
            }
        }
        log.info("Demo data: {} experts in the pool, {} accounts created for them", EXPERTS.size(), accounts);
    }

    private static Set<String> codes(String spaced) {
        return new LinkedHashSet<>(List.of(spaced.split(" ")));
    }
}
