package cn.gov.hubei.jxt.pilot.sitevisit;

import java.util.List;

/**
 * The site-visit checklist of an application as a visit planned now would take it, for other stages that check a
 * project against the same items (the monitoring's 抽查 and yearly reports): the eight recommendation conditions of
 * seed §四, then the element conditions (附件1) of each mode of its last submitted version, in the order of the
 * call's element-condition version. A system read: the caller checks who may see what.
 */
public interface SiteVisitChecklists {

    /** One item: {@code source} is {@code RECOMMENDATION} or {@code ELEMENT} (then {@code modeCode} is set). */
    record Entry(String source, String modeCode, int number, String grouping, String text) {
    }

    /** The items for the application; empty when the application does not exist. */
    List<Entry> checklist(long applicationId);
}
