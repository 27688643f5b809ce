package cn.gov.hubei.jxt.pilot.publicity;

import java.util.List;

/**
 * Who is told when a notice is released, for the confirmation: the applicants of every application of the proposal
 * (on the list or not) and the recommenders of every division concerned.
 *
 * @param proposed      applications on the list
 * @param notProposed   applications of the proposal not on the list
 * @param enterprises   the enterprises whose applicants are told
 * @param recommenders  the recommending units (推荐单位) whose recommenders are told
 * @param accounts      the number of accounts told (inbox and e-mail)
 */
public record ReleaseAudience(int proposed, int notProposed, List<String> enterprises, List<String> recommenders,
                              int accounts) {
}
