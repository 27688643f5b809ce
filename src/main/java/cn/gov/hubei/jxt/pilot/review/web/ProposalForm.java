package cn.gov.hubei.jxt.pilot.review.web;

import cn.gov.hubei.jxt.pilot.review.Proposals.ProposalLine;

import java.util.ArrayList;
import java.util.List;

/** The proposal form of one group: for each application proposed or not, and the reason when not. */
public class ProposalForm {

    private List<Line> lines = new ArrayList<>();

    /** One application's line. */
    public static class Line {
        private long applicationId;
        private boolean proposed;
        private String reason;

        public long getApplicationId() {
            return applicationId;
        }

        public void setApplicationId(long applicationId) {
            this.applicationId = applicationId;
        }

        public boolean isProposed() {
            return proposed;
        }

        public void setProposed(boolean proposed) {
            this.proposed = proposed;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    List<ProposalLine> lines() {
        return lines.stream().map(l -> new ProposalLine(l.applicationId, l.proposed, l.reason)).toList();
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }
}
