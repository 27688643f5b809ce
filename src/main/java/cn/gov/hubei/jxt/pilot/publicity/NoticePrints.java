package cn.gov.hubei.jxt.pilot.publicity;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

/**
 * A notice printed in the layout of an official notice (GB/T 9704: title, text, the list as a table, 发布单位 and date
 * at the end). A released notice prints for everyone ({@code viewer} may be {@code null}); a draft only for the
 * office (its preview).
 *
 * @throws NoticeNotFoundException when the notice is unknown or not visible to the viewer
 */
public interface NoticePrints {

    byte[] docx(long noticeId, CurrentUser viewer);

    /** @throws cn.gov.hubei.jxt.pilot.documents.PdfFontUnavailableException when no Chinese font is installed */
    byte[] pdf(long noticeId, CurrentUser viewer);
}
