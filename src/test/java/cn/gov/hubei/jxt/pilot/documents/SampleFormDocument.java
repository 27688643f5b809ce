package cn.gov.hubei.jxt.pilot.documents;

import cn.gov.hubei.jxt.pilot.documents.FormDocument.Fields;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Field;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Figure;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Grid;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Heading;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Orientation;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Paragraph;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Signatures;
import cn.gov.hubei.jxt.pilot.documents.internal.FormDocumentRenderer;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Form documents as the review prints them: a 专家评分表, a 评审汇总表, a 现场核查表. */
public final class SampleFormDocument {

    public static final String SCORE_TITLE = "湖北省智能制造试点示范项目专家评分表";
    public static final String SUMMARY_TITLE = "2031年湖北省智能制造试点示范项目评审汇总表";
    public static final String CHECK_TITLE = "湖北省智能制造试点示范项目现场核查表";
    public static final List<String> SUMMARY_HEADER = List.of("排名", "项目名称", "企业名称", "推荐单位", "平均分",
            "标准差", "是否推荐");

    private SampleFormDocument() {
    }

    public static FormDocuments renderer() {
        return new FormDocumentRenderer(DocumentFixtures.messages(), DocumentsProperties.defaults(),
                DocumentFixtures.CLOCK);
    }

    /** The score sheet of one expert: upright, fields, a grid of five indicators, a comment and the signature. */
    public static FormDocument scoreSheet() {
        return new FormDocument(SCORE_TITLE, List.of("评审会：2031年第一次评审会  组别：第一组", "专家：李四"),
                Orientation.PORTRAIT, List.of(
                new Heading("一、项目基本信息"),
                new Fields(List.of(new Field("项目名称", "宜昌数字化车间建设项目"),
                        new Field("企业名称", "宜昌测试智造有限公司"),
                        new Field("推荐单位", "宜昌市经济和信息化局"),
                        new Field("备注", null))),
                new Heading("二、评分"),
                new Grid("评分", List.of("序号", "指标", "分值", "得分"), List.of(1, 6, 1, 1),
                        List.of(false, false, true, true), List.of(
                        List.of("1", "项目先进性", "25", "22.50"),
                        List.of("2", "项目实施基础\n（含要素条件）", "20", "18.00"),
                        List.of("3", "经济效益", "20", "17.00"),
                        List.of("4", "示范推广价值", "20", "16.50"),
                        List.of("5", "安全可控", "15", "13.40"))),
                new Heading("三、评审意见"),
                new Paragraph("项目建设内容完整，技术路线清晰。\n建议加强数据治理。"),
                new Signatures(List.of("专家签名"), true)),
                "湖北省经济和信息化厅", LocalDate.of(2031, 6, 18));
    }

    /** The summary of a meeting: landscape, one grid of {@code rows} ranked applications. */
    public static FormDocument summary(int rows) {
        List<List<String>> values = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            values.add(List.of(String.valueOf(i), "数字化车间建设项目" + i, "湖北测试智造有限公司" + i, "宜昌市经济和信息化局",
                    String.format("%d.%02d", 90 - i % 30, i % 100), "1.25", i <= rows / 2 ? "是" : "否"));
        }
        return new FormDocument(SUMMARY_TITLE, List.of("评审会：2031年第一次评审会", "日期：2031年6月18日"),
                Orientation.LANDSCAPE, List.of(
                new Grid("汇总", SUMMARY_HEADER, List.of(1, 5, 5, 4, 2, 2, 2),
                        List.of(true, false, false, false, true, true, false), values),
                new Signatures(List.of("评审组组长签名", "处室负责人签名"), true)),
                "湖北省经济和信息化厅", LocalDate.of(2031, 6, 18));
    }

    /** A checklist with a photo. */
    public static FormDocument checklist(byte[] photo) {
        return new FormDocument(CHECK_TITLE, List.of(), Orientation.PORTRAIT, List.of(
                new Fields(List.of(new Field("企业名称", "宜昌测试智造有限公司"), new Field("核查日期", "2031年6月20日"))),
                new Figure(photo, "图1 生产线现场"),
                new Signatures(List.of("核查组组长签名", "企业负责人签名"), false)),
                "湖北省经济和信息化厅", LocalDate.of(2031, 6, 20));
    }

    /** An image of {@code width} × {@code height} pixels, PNG or JPEG. */
    public static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2A6EBB));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
