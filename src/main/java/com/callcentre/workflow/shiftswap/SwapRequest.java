package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.staff.Shift;

/**
 * A swap as asked for: the requester gives {@code requesterShift} to the colleague and works
 * {@code colleagueShift} instead. Both shifts are read from the roster and belong to the named
 * person. {@code handoverNote} may be blank here: SW-6 refuses that in {@link SwapRules}.
 */
record SwapRequest(String requester, Shift requesterShift, String colleague, Shift colleagueShift, String reason,
        String handoverNote) {
}
