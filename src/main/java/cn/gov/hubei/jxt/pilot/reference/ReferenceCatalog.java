package cn.gov.hubei.jxt.pilot.reference;

import cn.gov.hubei.jxt.pilot.reference.ElementConditionSet.Condition;
import cn.gov.hubei.jxt.pilot.reference.ElementConditionSet.ModeConditions;
import cn.gov.hubei.jxt.pilot.reference.ElementConditionSet.NewTechnologyCondition;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Read access to the programme's reference data. Everything here is seeded by migrations and read-only at run time
 * (a new set of element conditions or content items comes with a new version and a migration, i.e. a restart), so
 * each list is read once and kept: saving a section of a 申报书 checks it against them, and reading them afresh made
 * ten statements of every save. A version that is not (yet) there is not remembered.
 */
@Service
public class ReferenceCatalog {

    /** The texts are Chinese reference data; the one generated phrase (a threshold's description) matches them. */
    static final Locale TEXT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    private static final Pattern TWO_DIGITS = Pattern.compile("[0-9]{2}");

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Map<String, Object> kept = new ConcurrentHashMap<>();

    ReferenceCatalog(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> keep(String key, Supplier<List<T>> read) {
        Object known = kept.get(key);
        if (known != null) {
            return (List<T>) known;
        }
        List<T> list = read.get();
        if (!list.isEmpty()) {
            kept.put(key, list);
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> keepPresent(String key, Supplier<Optional<T>> read) {
        Object known = kept.get(key);
        if (known != null) {
            return Optional.of((T) known);
        }
        Optional<T> value = read.get();
        value.ifPresent(v -> kept.put(key, v));
        return value;
    }

    // ---------------------------------------------------------------------------------------------- divisions

    /** The 17 recommending divisions in the province's official order (武汉市 first, 神农架林区 last). */
    public List<Division> divisions() {
        return keep("divisions", () -> List.copyOf(readDivisions()));
    }

    private List<Division> readDivisions() {
        return jdbc.sql("select code, name, display_order from division order by display_order")
                .query((rs, n) -> new Division(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /** The recommending division with exactly this code; empty for any other code (e.g. a county, 420400, 429000). */
    public Optional<Division> division(String code) {
        return divisions().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * The recommending unit of a division as it signs and stamps the 申报书's cover and the 汇总表, e.g.
     * 武汉市经济和信息化局; empty for a code that names no recommending division.
     */
    public Optional<String> recommendingUnit(String code) {
        return division(code).map(d -> messages.getMessage("reference.division.recommending-unit",
                new Object[] {d.name()}, TEXT_LOCALE));
    }

    /**
     * The recommending division responsible for a Hubei division code of any level: a district or county belongs to
     * its prefecture (420106 武昌区 → 420100 武汉市, 422801 恩施市 → 422800); the four units directly under the
     * province (4290xx) stand for themselves. Empty for codes outside Hubei, for the province itself (420000), for
     * the grouping 429000 and for codes that name no division (4204xx).
     *
     * @throws IllegalArgumentException if the code is not six digits
     */
    public Optional<Division> hubeiDivisionFor(String sixDigitAreaCode) {
        if (sixDigitAreaCode == null || !SIX_DIGITS.matcher(sixDigitAreaCode).matches()) {
            throw new IllegalArgumentException("a division code has six digits: " + sixDigitAreaCode);
        }
        if (!sixDigitAreaCode.startsWith("42")) {
            return Optional.empty();
        }
        String candidate = sixDigitAreaCode.startsWith("4290")
                ? sixDigitAreaCode
                : sixDigitAreaCode.substring(0, 4) + "00";
        return division(candidate);
    }

    /** The 34 provincial-level divisions of GB/T 2260 by prefix (11 北京市 … 82 澳门特别行政区). */
    public List<ProvincialDivision> provincialDivisions() {
        return keep("provincial-divisions", () -> List.copyOf(readProvincialDivisions()));
    }

    private List<ProvincialDivision> readProvincialDivisions() {
        return jdbc.sql("select prefix, name from provincial_division order by prefix")
                .query((rs, n) -> new ProvincialDivision(rs.getString(1), rs.getString(2)))
                .list();
    }

    /**
     * The name of the provincial-level division with this two-digit prefix, e.g. 11 → 北京市; empty for prefixes that
     * name none (such as 10, which central registration authorities use).
     *
     * @throws IllegalArgumentException if the prefix is not two digits
     */
    public Optional<String> provinceName(String twoDigitPrefix) {
        if (twoDigitPrefix == null || !TWO_DIGITS.matcher(twoDigitPrefix).matches()) {
            throw new IllegalArgumentException("a province prefix has two digits: " + twoDigitPrefix);
        }
        return jdbc.sql("select name from provincial_division where prefix = ?")
                .param(twoDigitPrefix)
                .query(String.class)
                .optional();
    }

    // ------------------------------------------------------------------------------- modes, technologies, …

    /** The five modes and 其他, in the seed's order. */
    public List<ManufacturingMode> modes() {
        return keep("modes", () -> List.copyOf(readModes()));
    }

    private List<ManufacturingMode> readModes() {
        return jdbc.sql("select code, name, display_order from manufacturing_mode order by display_order")
                .query((rs, n) -> new ManufacturingMode(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    public Optional<ManufacturingMode> mode(String code) {
        return modes().stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** 工业互联网, 人工智能, 5G. */
    public List<NewTechnology> newTechnologies() {
        return keep("new-technologies", () -> List.copyOf(readNewTechnologies()));
    }

    private List<NewTechnology> readNewTechnologies() {
        return jdbc.sql("select code, name, display_order from new_technology order by display_order")
                .query((rs, n) -> new NewTechnology(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    public Optional<NewTechnology> newTechnology(String code) {
        return newTechnologies().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The five outcome indicators, in the seed's order. */
    public List<Indicator> indicators() {
        return keep("indicators", () -> List.copyOf(readIndicators()));
    }

    private List<Indicator> readIndicators() {
        return jdbc.sql("select code, name, subject, direction, display_order from indicator order by display_order")
                .query((rs, n) -> new Indicator(rs.getString(1), rs.getString(2), rs.getString(3),
                        Indicator.Direction.valueOf(rs.getString(4)), rs.getInt(5)))
                .list();
    }

    /** The key industries of seed §三 in its order, then 其他. */
    public List<Industry> industries() {
        return keep("industries", () -> List.copyOf(readIndustries()));
    }

    private List<Industry> readIndustries() {
        return jdbc.sql("select code, name, display_order from key_industry order by display_order")
                .query((rs, n) -> new Industry(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    // --------------------------------------------------------------------------------- element conditions

    /** The versions of the element conditions (要素条件) that a call may adopt, oldest first. */
    public List<String> elementConditionVersions() {
        return jdbc.sql("select version from element_condition_set order by version").query(String.class).list();
    }

    /** One version of the element conditions, grouped by mode with thresholds; empty for an unknown version. */
    public Optional<ElementConditionSet> elementConditions(String version) {
        return keepPresent("element-conditions/" + version, () -> readElementConditions(version));
    }

    private Optional<ElementConditionSet> readElementConditions(String version) {
        record Header(String title, String source, String introduction, String newTechnologyHeading,
                      String newTechnologyText) {
        }
        Optional<Header> header = jdbc.sql("""
                        select title, source, introduction, new_technology_heading, new_technology_text
                        from element_condition_set where version = ?""")
                .param(version)
                .query((rs, n) -> new Header(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        record ModeRow(ManufacturingMode mode, String heading, String closing) {
        }
        List<ModeRow> modeRows = jdbc.sql("""
                        select m.code, m.name, m.display_order, g.heading, g.closing
                        from element_condition_mode g join manufacturing_mode m on m.code = g.mode_code
                        where g.version = ? order by g.display_order""")
                .param(version)
                .query((rs, n) -> new ModeRow(new ManufacturingMode(rs.getString(1), rs.getString(2), rs.getInt(3)),
                        rs.getString(4), rs.getString(5)))
                .list();
        Map<String, List<Condition>> conditionsByMode = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.mode_code, c.number, c.text,
                               t.metric_code, t.metric_name, t.operator, t.limit_value, t.unit
                        from element_condition c
                        left join element_condition_threshold t
                               on t.version = c.version and t.mode_code = c.mode_code and t.number = c.number
                        where c.version = ? order by c.mode_code, c.number""")
                .param(version)
                .query(rs -> {
                    Optional<Threshold> threshold = rs.getString(4) == null
                            ? Optional.empty()
                            : Optional.of(threshold(rs.getString(4), rs.getString(5),
                                    Threshold.Operator.valueOf(rs.getString(6)), rs.getBigDecimal(7), rs.getString(8)));
                    conditionsByMode.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Condition(rs.getInt(2), rs.getString(3), threshold));
                });
        List<ModeConditions> modes = modeRows.stream()
                .map(m -> new ModeConditions(m.mode(), m.heading(),
                        conditionsByMode.getOrDefault(m.mode().code(), List.of()), m.closing()))
                .toList();
        Header h = header.get();
        return Optional.of(new ElementConditionSet(version, h.title(), h.source(), h.introduction(), modes,
                new NewTechnologyCondition(h.newTechnologyHeading(), h.newTechnologyText())));
    }

    private Threshold threshold(String metric, String metricName, Threshold.Operator operator, BigDecimal limit,
                                String unit) {
        BigDecimal value = plain(limit);
        String description = messages.getMessage("reference.threshold.description." + operator,
                new Object[]{metricName, value.toPlainString(), unit}, TEXT_LOCALE);
        return new Threshold(metric, metricName, operator, value, unit, description);
    }

    /** 70.00 from a numeric column is 70 to a person and in JSON; 70.5 stays 70.5. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    // ------------------------------------------------------------------------------------- content items

    /** The versions of the content items (项目内容具体要求), oldest first. */
    public List<String> contentItemVersions() {
        return jdbc.sql("select version from content_item_set order by version").query(String.class).list();
    }

    /** One version of the content items, per mode and per new technology; empty for an unknown version. */
    public Optional<ContentItemSet> contentItems(String version) {
        return keepPresent("content-items/" + version, () -> readContentItems(version));
    }

    private Optional<ContentItemSet> readContentItems(String version) {
        record Header(String title, String source) {
        }
        Optional<Header> header = jdbc.sql("select title, source from content_item_set where version = ?")
                .param(version)
                .query((rs, n) -> new Header(rs.getString(1), rs.getString(2)))
                .optional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<ContentItemSet.Item>> itemsByGroup = new LinkedHashMap<>();
        jdbc.sql("select group_code, number, title, requirement from content_item where version = ? "
                        + "order by group_code, number")
                .param(version)
                .query(rs -> {
                    itemsByGroup.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ContentItemSet.Item(rs.getInt(2), rs.getString(3), rs.getString(4)));
                });
        record GroupRow(String kind, ContentItemSet.Group group) {
        }
        List<GroupRow> groups = jdbc.sql("""
                        select g.kind, g.group_code, coalesce(m.name, t.name), g.heading
                        from content_item_group g
                        left join manufacturing_mode m on m.code = g.mode_code
                        left join new_technology t on t.code = g.technology_code
                        where g.version = ? order by g.display_order""")
                .param(version)
                .query((rs, n) -> new GroupRow(rs.getString(1), new ContentItemSet.Group(rs.getString(2),
                        rs.getString(3), rs.getString(4), itemsByGroup.getOrDefault(rs.getString(2), List.of()))))
                .list();
        Header h = header.get();
        return Optional.of(new ContentItemSet(version, h.title(), h.source(),
                groups.stream().filter(g -> g.kind().equals("MODE")).map(GroupRow::group).toList(),
                groups.stream().filter(g -> g.kind().equals("NEW_TECHNOLOGY")).map(GroupRow::group).toList()));
    }
}
