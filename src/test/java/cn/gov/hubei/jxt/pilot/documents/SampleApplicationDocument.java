package cn.gov.hubei.jxt.pilot.documents;

import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Assessment;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Change;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Contact;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.ContentItem;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Cover;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Enterprise;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.EnterpriseNature;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Equipment;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.EquipmentCategory;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Figure;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.ImplementationPart;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.IndicatorTarget;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.LifeCycleStage;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Milestone;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Mode;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Origin;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Patent;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.PatentType;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Project;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.QuantitativeFigure;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Scenario;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.SelfAssessment;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Technology;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A complete 申报书 for tests and the benchmark, independent of where real data comes from: all five modes with
 * 工业互联网 and 人工智能, every content item of 附件2-1 answered (texts from the 2020 reference data), ten figures
 * (eight PNG, two JPEG) drawn here, every list filled, one quantitative element condition missed.
 */
public final class SampleApplicationDocument {

    public static final String PROJECT_NAME = "年产50万套新能源汽车电驱动系统智能工厂建设项目";
    public static final String ENTERPRISE_NAME = "武汉智造示范科技有限公司";
    public static final String CREDIT_CODE = "91420106MA4K00010G";
    public static final String RECOMMENDER = "武汉市经济和信息化局";
    public static final LocalDate DATE = LocalDate.of(2020, 9, 15);
    /** 企业简介 of exactly 400 characters (Chinese characters and punctuation), the form's limit. */
    public static final String INTRODUCTION = introduction();
    /** A word too long for any line, which the documents must still wrap inside the page. */
    public static final String LONG_WORD = "https://mes.example.cn/platform/device-monitoring/dashboard/"
            + "line-07/station-12/spindle-vibration-trend?from=2020-01-01&to=2020-09-01&granularity=minute";
    public static final int FIGURES = 10;

    private static final String[] FIGURE_TITLES = {
            "车间总体设计模型", "产品数据管理系统（PDM）整体架构图", "生产过程数据采集与分析系统架构",
            "工厂内部工业通信网络结构图", "数据采集与监控系统架构图", "网络化制造资源协同平台架构",
            "个性化定制平台系统架构", "远程运维服务平台技术架构", "工业互联网平台应用架构", "视觉缺陷检测现场照片"};

    private static volatile List<byte[]> figureImages;

    private SampleApplicationDocument() {
    }

    public static ApplicationDocument full() {
        JsonNode items = json("/reference/content-items-2020.json");
        JsonNode conditions = json("/reference/element-conditions-2020.json");
        return new ApplicationDocument(
                new Cover(PROJECT_NAME, ENTERPRISE_NAME, RECOMMENDER, DATE),
                enterprise(),
                new Project(EnumSet.allOf(Mode.class), null,
                        EnumSet.of(Technology.INDUSTRIAL_INTERNET, Technology.AI), PROJECT_NAME,
                        "湖北省武汉市东湖新技术开发区高新大道888号", LocalDate.of(2019, 3, 1), LocalDate.of(2021, 12, 31),
                        new BigDecimal("38600.00"),
                        repeat("项目以电驱动系统总装车间为载体，建设数字化设计、智能装备、数据采集、制造执行和工业互联网平台，"
                                + "实现设计、生产、物流、质量和服务全过程的数据贯通与闭环优化。", 3), null),
                overview(), advancement(), implementation(items), selfAssessment(conditions), true,
                "下一步将围绕产能扩充、智能化深化和模式推广三条主线推进建设。\n"
                        + "重点完成二期柔性装配线、全厂5G专网覆盖和质量大数据平台建设，并向上下游企业推广网络协同制造模式。",
                List.of(new Milestone("一期建设", "智能装配线与数据采集系统建设、MES上线", LocalDate.of(2019, 3, 1),
                                LocalDate.of(2020, 6, 30)),
                        new Milestone("二期建设", "柔性装配线扩建、5G专网覆盖、AI视觉检测推广到全部工位",
                                LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 30)),
                        new Milestone("平台完善", "质量大数据平台、远程运维平台与PLM/CRM集成", LocalDate.of(2021, 1, 1),
                                LocalDate.of(2021, 9, 30)),
                        new Milestone("验收推广", "项目验收，向产业链上下游企业推广协同制造解决方案",
                                LocalDate.of(2021, 10, 1), LocalDate.of(2021, 12, 31))),
                List.of(new IndicatorTarget("运营成本降低", "万元/年", new BigDecimal("12800"), new BigDecimal("10240"),
                                new BigDecimal("20.0"), Change.FALL, true),
                        new IndicatorTarget("产品研制周期缩短", "月", new BigDecimal("18"), new BigDecimal("12"),
                                new BigDecimal("33.3"), Change.FALL, true),
                        new IndicatorTarget("生产效率提高", "套/人·天", new BigDecimal("4.0"), new BigDecimal("5.6"),
                                new BigDecimal("40.0"), Change.RISE, true),
                        new IndicatorTarget("产品不良品率降低", "%", new BigDecimal("1.20"), new BigDecimal("0.60"),
                                new BigDecimal("50.0"), Change.FALL, true),
                        new IndicatorTarget("能源利用率提高", "%", new BigDecimal("78.0"), new BigDecimal("78.0"),
                                new BigDecimal("0.0"), Change.UNCHANGED, false)),
                repeat("新能源汽车电驱动系统市场年均增速超过30%，项目达产后企业产能提升一倍，"
                        + "智能工厂的建设经验可向集团内其他基地和产业链上下游企业复制推广。", 4),
                List.of(new Scenario("基于数字孪生的产线虚拟调试", LifeCycleStage.DESIGN, "新产线调试周期长、返工多",
                                "在三维数字化模型中完成工艺仿真和PLC程序虚拟调试", "产线调试周期缩短40%"),
                        new Scenario("AI视觉缺陷检测", LifeCycleStage.MANUFACTURING, "人工目检漏检率高、效率低",
                                "部署深度学习视觉检测系统，自动识别定子绕组缺陷", "漏检率由2%降至0.1%"),
                        new Scenario("AGV物料自动配送", LifeCycleStage.LOGISTICS, "线边物料配送依赖人工、时效不稳定",
                                "MES拉动AGV按节拍自动配送，WMS与MES实时联动", "场内物流效率提升35%"),
                        new Scenario("个性化订单在线配置", LifeCycleStage.SALES, "客户定制需求沟通周期长",
                                "客户在线选择电机功率、减速比等参数，自动生成BOM和工艺", "订单响应时间由7天缩短至2天"),
                        new Scenario("电驱系统远程运维", LifeCycleStage.SERVICE, "售后故障定位依赖现场，响应慢",
                                "车载终端上传运行数据，平台预测性维护并推送维修方案", "故障响应时间缩短60%")),
                List.of(new Equipment("六轴工业机器人", EquipmentCategory.CNC_MACHINE_AND_ROBOT, "华数", "武汉华中数控股份有限公司",
                                Origin.DOMESTIC_HUBEI, 24),
                        new Equipment("五轴联动加工中心", EquipmentCategory.CNC_MACHINE_AND_ROBOT, "DMG MORI",
                                "德玛吉森精机（中国）有限公司", Origin.IMPORTED, 6),
                        new Equipment("智能扭矩传感器", EquipmentCategory.SENSING_AND_CONTROL, "华工", "华工科技产业股份有限公司",
                                Origin.DOMESTIC_HUBEI, 120),
                        new Equipment("机器视觉检测站", EquipmentCategory.INSPECTION_AND_ASSEMBLY, "海康机器人",
                                "杭州海康机器人股份有限公司", Origin.DOMESTIC_OTHER_PROVINCE, 12),
                        new Equipment("激光导航AGV", EquipmentCategory.LOGISTICS_AND_WAREHOUSING, "极智嘉",
                                "北京极智嘉科技股份有限公司", Origin.DOMESTIC_OTHER_PROVINCE, 30),
                        new Equipment("制造执行系统（MES）", EquipmentCategory.INDUSTRIAL_SOFTWARE, "开目", "武汉开目信息技术股份有限责任公司",
                                Origin.DOMESTIC_HUBEI, 1),
                        new Equipment("企业资源计划系统（ERP）", EquipmentCategory.INDUSTRIAL_SOFTWARE, "用友",
                                "用友网络科技股份有限公司", Origin.DOMESTIC_OTHER_PROVINCE, 1),
                        new Equipment("不间断电源", EquipmentCategory.OTHER, "科华", "厦门科华数能科技有限公司",
                                Origin.DOMESTIC_OTHER_PROVINCE, 4)),
                List.of(new Patent("ZL201810123456.7", "一种电驱动总成的智能装配方法", PatentType.INVENTION,
                                LocalDate.of(2020, 3, 17)),
                        new Patent("ZL201920654321.X", "一种定子绕组视觉检测装置", PatentType.UTILITY_MODEL,
                                LocalDate.of(2020, 1, 21)),
                        new Patent("ZL201930111222.3", "电驱动控制器外壳", PatentType.DESIGN, LocalDate.of(2019, 11, 5)),
                        new Patent("2020SR0123456", "电驱系统远程运维平台软件V1.0", PatentType.SOFTWARE_COPYRIGHT,
                                LocalDate.of(2020, 2, 28)),
                        new Patent("ZL201710987654.3", "一种基于机器学习的电机故障预测方法", PatentType.INVENTION,
                                LocalDate.of(2019, 8, 9)),
                        new Patent("2020SR0654321", "个性化订单配置系统V2.0", PatentType.SOFTWARE_COPYRIGHT,
                                LocalDate.of(2020, 6, 18))),
                2);
    }

    /** An application with its cover and part 一 only, every list empty: quick to render. */
    public static ApplicationDocument minimal() {
        return new ApplicationDocument(new Cover(PROJECT_NAME, ENTERPRISE_NAME, RECOMMENDER, DATE), enterprise(),
                new Project(EnumSet.of(Mode.DISCRETE), null, EnumSet.noneOf(Technology.class), PROJECT_NAME, null,
                        null, null, null, null, null),
                null, null, null, null, false, null, null, null, null, null, null, null, 1);
    }

    /** The figures' images, drawn once per JVM (ten diagrams of 1200 × 800 pixels; the last two as JPEG). */
    public static List<byte[]> figureImages() {
        List<byte[]> images = figureImages;
        if (images == null) {
            synchronized (SampleApplicationDocument.class) {
                images = figureImages;
                if (images == null) {
                    List<byte[]> drawn = new ArrayList<>();
                    for (int i = 0; i < FIGURES; i++) {
                        drawn.add(diagram(i, i >= FIGURES - 2 ? "jpg" : "png"));
                    }
                    figureImages = images = List.copyOf(drawn);
                }
            }
        }
        return images;
    }

    private static Enterprise enterprise() {
        return new Enterprise(ENTERPRISE_NAME, CREDIT_CODE, LocalDate.of(2016, 5, 18), EnterpriseNature.PRIVATE,
                "湖北省武汉市东湖新技术开发区高新大道888号",
                new Contact("张明", "智能制造部部长", "027-87654321", "13912345678", "027-87654322", "zhangming@example.cn"),
                new BigDecimal("256800.50"), new BigDecimal("46.8"), "AAA", new BigDecimal("312500.00"),
                new BigDecimal("15620.35"), new BigDecimal("28760.12"), true, true, "新能源汽车电驱动系统智能制造新模式应用",
                INTRODUCTION);
    }

    private static String introduction() {
        String text = repeat("公司成立于二〇一六年，专注新能源汽车电驱动系统研发制造，主营电机、控制器和减速器总成，"
                + "产品配套国内主流整车企业，市场占有率位居行业前列。", 20);
        int[] codePoints = text.codePoints().limit(400).toArray();
        return new String(codePoints, 0, codePoints.length);
    }

    private static String overview() {
        return "武汉智造示范科技有限公司是湖北省重点培育的新能源汽车核心零部件企业。\n"
                + repeat("项目总投资38600万元，新建电驱动系统智能装配车间，配置工业机器人、智能检测和智能物流装备，"
                + "建设制造执行系统、产品数据管理系统和工业互联网平台，形成覆盖设计、制造、物流、销售和服务的数字化体系。", 6)
                + "\n\n　　项目平台入口：" + LONG_WORD + "\n"
                + repeat("通过项目实施，企业在运营成本、研制周期、生产效率、产品质量和能源利用等方面取得显著成效，"
                + "形成了可复制、可推广的离散型智能制造和远程运维服务新模式。", 8);
    }

    private static String advancement() {
        return repeat("与项目实施前相比，产线自动化率由45%提高到92%，人均产出提高40%；与国内同行相比，"
                + "装配一次合格率和数据采集覆盖率处于领先水平，达到国际先进企业同类产线水平。", 5)
                + "\n" + repeat("目标产品市场前景广阔，预计2025年国内新能源汽车电驱动系统需求超过600万套。", 3);
    }

    private static List<ImplementationPart> implementation(JsonNode items) {
        List<ImplementationPart> parts = new ArrayList<>();
        int figure = 0;
        List<JsonNode> groups = new ArrayList<>();
        items.get("modes").forEach(groups::add);
        for (JsonNode technology : items.get("newTechnologies")) {
            if (List.of("INDUSTRIAL_INTERNET", "AI").contains(technology.get("code").asString())) {
                groups.add(technology);
            }
        }
        // figures on the items that ask for diagrams: the first item of each part, and the second of the first three
        for (JsonNode group : groups) {
            List<ContentItem> contentItems = new ArrayList<>();
            int index = 0;
            for (JsonNode item : group.get("items")) {
                List<Figure> figures = new ArrayList<>();
                boolean withFigure = index == 0 || (index == 1 && parts.size() < 3);
                if (withFigure && figure < FIGURES) {
                    figures.add(new Figure(figureImages().get(figure), FIGURE_TITLES[figure]));
                    figure++;
                }
                contentItems.add(new ContentItem(item.get("number").asInt(), item.get("title").asString(),
                        item.get("requirement").asString(),
                        repeat("针对“" + item.get("title").asString() + "”，企业已建成相应系统并稳定运行，"
                                + "实现了相关环节的数字化、网络化和智能化，数据自动采集并在平台上集成展示。", 2)
                                + "\n" + repeat("系统上线以来运行稳定，关键指标持续改善，相关做法已形成企业标准。", 2),
                        figures));
                index++;
            }
            parts.add(new ImplementationPart(group.get("name").asString(), contentItems));
        }
        return parts;
    }

    private static List<SelfAssessment> selfAssessment(JsonNode conditions) {
        Map<String, BigDecimal> figures = Map.of("NC_EQUIPMENT_RATE", new BigDecimal("76.5"),
                "PROCESS_DATA_AUTO_ACQUISITION_RATE", new BigDecimal("92.0"),
                "PLANT_AUTO_CONTROL_RATE", new BigDecimal("88.0"));
        List<SelfAssessment> rows = new ArrayList<>();
        for (JsonNode mode : conditions.get("modes")) {
            for (JsonNode condition : mode.get("conditions")) {
                JsonNode threshold = condition.get("threshold");
                QuantitativeFigure figure = null;
                Assessment assessment = Assessment.MET;
                if (threshold != null && !threshold.isNull()) {
                    BigDecimal value = figures.get(threshold.get("metric").asString());
                    BigDecimal limit = threshold.get("value").decimalValue();
                    boolean met = "GT".equals(threshold.get("operator").asString()) ? value.compareTo(limit) > 0
                            : value.compareTo(limit) >= 0;
                    String requirement = ("GT".equals(threshold.get("operator").asString()) ? "超过" : "达到")
                            + limit.toPlainString() + threshold.get("unit").asString()
                            + ("GT".equals(threshold.get("operator").asString()) ? "" : "以上");
                    figure = new QuantitativeFigure(threshold.get("metricName").asString(), value,
                            threshold.get("unit").asString(), requirement, met);
                    assessment = met ? Assessment.MET : Assessment.PARTLY_MET;
                }
                rows.add(new SelfAssessment(mode.get("name").asString(), condition.get("number").asInt(),
                        condition.get("text").asString(), assessment,
                        "见实施现状第" + condition.get("number").asInt() + "部分的说明和附图。", figure));
            }
        }
        return rows;
    }

    private static byte[] diagram(int index, String format) {
        int width = 1200;
        int height = 800;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setStroke(new BasicStroke(3));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
            String[] layers = {"ERP / PLM / CRM", "MES / WMS / QMS", "SCADA / IIoT platform", "PLC / CNC / robots / sensors"};
            Color[] colors = {new Color(0x1F4E79), new Color(0x2E75B6), new Color(0x9DC3E6), new Color(0xDEEBF7)};
            for (int layer = 0; layer < layers.length; layer++) {
                int y = 80 + layer * 170;
                g.setColor(colors[(layer + index) % colors.length]);
                g.fillRoundRect(120, y, 960, 110, 24, 24);
                g.setColor(Color.BLACK);
                g.drawRoundRect(120, y, 960, 110, 24, 24);
                g.drawString(layers[layer], 160, y + 66);
                if (layer > 0) {
                    g.drawLine(600, y - 60, 600, y);
                }
            }
            g.drawString("Figure " + (index + 1), 40, 770);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String resource) {
        try (InputStream in = SampleApplicationDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String repeat(String text, int times) {
        return text.repeat(times);
    }
}
