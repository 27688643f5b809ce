package cn.gov.hubei.jxt.pilot.meeting;

/** A seat's state: active (the expert is to score), vacant (given up, waiting for a reserve), replaced. */
public enum SeatState {
    ACTIVE, VACANT, REPLACED;

    public String labelKey() {
        return "meeting.seat.state." + name();
    }
}
