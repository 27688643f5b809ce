package cn.gov.hubei.jxt.pilot.publicity.web;

/** The office's request to draft a call's notice: the call and the start day (yyyy-MM-dd). */
public record CreateForm(Long callId, String startDate) {
}
