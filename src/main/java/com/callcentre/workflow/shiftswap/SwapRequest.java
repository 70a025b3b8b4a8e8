package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.staff.Shift;
import java.util.List;
import java.util.stream.Stream;

/**
 * A swap as asked for: the requester gives {@code requesterShift} to the colleague and works
 * {@code colleagueShift} instead; a cover (代班, SW-11) has no {@code colleagueShift}: the colleague
 * gives nothing back. The shifts are read from the roster and belong to the named person.
 * {@code handoverNote} may be blank here: SW-6 refuses that in {@link SwapRules}.
 */
record SwapRequest(String requester, Shift requesterShift, String colleague, Shift colleagueShift, String reason,
        String handoverNote) {

    SwapKind kind() {
        return colleagueShift == null ? SwapKind.COVER : SwapKind.SWAP;
    }

    /** The shifts that change hands: both, or the covered one. */
    List<Shift> shifts() {
        return Stream.of(requesterShift, colleagueShift).filter(s -> s != null).toList();
    }
}
