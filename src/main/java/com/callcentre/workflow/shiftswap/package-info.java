/**
 * Shift swaps (process {@code shift-swap}, domain rules §5, seed 003 客服部换班制度): the requester
 * asks, the colleague agrees first, then each one's own duty leader approves, and both shifts
 * are exchanged in one transaction, with the swap record (换班登记表) kept (SW-2, SW-9, SW-10).
 * <p>
 * Every rule is in {@link com.callcentre.workflow.shiftswap.SwapRules}: SW-3 (two swaps a month),
 * SW-4 (no consecutive swaps, minimum rest {@code shift-swap.minimum-rest}), SW-5 (same job and
 * skill level), SW-6 (a handover note), SW-8 (no holiday duty). The API refuses with 422
 * {@code {rule, message}}; the start form's first step with a 400 naming the rule.
 */
@OwnsTables({"shift_swap", "shift_swap_decision", "shift_swap_no_seq"})
package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.system.OwnsTables;

