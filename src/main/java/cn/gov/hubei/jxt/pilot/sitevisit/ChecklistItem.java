package cn.gov.hubei.jxt.pilot.sitevisit;

import java.time.Instant;

/**
 * One item of a visit's checklist, as taken when the visit was planned, with what the team found.
 *
 * @param source   {@code RECOMMENDATION} (推荐条件, seed §四) or {@code ELEMENT} (要素条件 of one of the modes)
 * @param grouping the heading the item is listed under, e.g. 推荐条件 or 离散型智能制造
 * @param number   the item's number within its grouping
 * @param finding  {@code null} until recorded
 * @param version  optimistic-lock version of the item's finding
 */
public record ChecklistItem(long id, int position, String source, String modeCode, int number, String grouping,
                            String text, Finding finding, String note, int version, String recordedBy,
                            Instant recordedAt) {
}
