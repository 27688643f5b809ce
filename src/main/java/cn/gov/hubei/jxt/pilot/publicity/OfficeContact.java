package cn.gov.hubei.jxt.pilot.publicity;

/**
 * The programme office's contact printed on every notice: 发布单位, 联系电话, 联系地址 and the e-mail address that takes
 * objections. A new notice is drafted with it; each notice keeps its own copy (editable while a draft).
 *
 * @param version the optimistic version of the stored settings (0 while the defaults of the messages apply)
 */
public record OfficeContact(String publisher, String contactTelephone, String contactAddress, String objectionEmail,
                            long version) {
}
