package cn.gov.hubei.jxt.pilot.sitevisit;

import java.util.List;

/** The whole record of a visit: the visit, its team, checklist with findings, attendees and photos. */
public record SiteVisitRecord(SiteVisit visit, InspectionTeam team, List<ChecklistItem> items,
                              List<Attendee> attendees, List<VisitPhoto> photos) {

    public SiteVisitRecord {
        items = List.copyOf(items);
        attendees = List.copyOf(attendees);
        photos = List.copyOf(photos);
    }

    /** The items without a finding yet. */
    public long openItems() {
        return items.stream().filter(i -> i.finding() == null).count();
    }
}
