package cn.gov.hubei.jxt.pilot.application;

/**
 * One field of two versions side by side. {@code path} names the field, e.g. {@code sections.plan.milestones[1].end}
 * or {@code profile.totalAssets}; a value absent on one side is {@code null}.
 */
public record FieldDifference(String path, String left, String right) {

    public boolean changed() {
        return left == null ? right != null : !left.equals(right);
    }
}
