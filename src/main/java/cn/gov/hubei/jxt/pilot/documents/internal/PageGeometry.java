package cn.gov.hubei.jxt.pilot.documents.internal;

/**
 * The page of the 申报书 in twips (1/20 point): A4 as 附件3 asks, with the margins of GB/T 9704 (党政机关公文格式):
 * top 3.7 cm, bottom 3.5 cm, left 2.8 cm, right 2.6 cm.
 */
public final class PageGeometry {

    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    public static final int MARGIN_TOP = twips(3.7);
    public static final int MARGIN_BOTTOM = twips(3.5);
    public static final int MARGIN_LEFT = twips(2.8);
    public static final int MARGIN_RIGHT = twips(2.6);
    /** Distance of the page number from the page's lower edge. */
    public static final int FOOTER_DISTANCE = twips(2.5);

    private PageGeometry() {
    }

    /**
     * The height of a line of text in twips for a font size in half-points: 1.3 times the size, the single line
     * spacing Word gives 仿宋 and 宋体. Both documents set every line to exactly this height, whatever font stands in
     * for a missing glyph, so that they break their pages at the same lines: 3号 20.8 pt, 4号 18.2 pt, 小四 15.6 pt.
     */
    public static int line(int halfPoints) {
        return halfPoints * 13;
    }

    /** Centimetres to twips, rounded to the nearest twip. */
    public static int twips(double centimetres) {
        return (int) Math.round(centimetres / 2.54 * 1440);
    }
}
