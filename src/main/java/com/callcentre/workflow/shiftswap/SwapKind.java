package com.callcentre.workflow.shiftswap;

/**
 * SW-11: a swap (换班) exchanges two shifts; a cover (代班) moves the requester's shift to the
 * colleague, who gives no shift back. Both need the same consent, approval and record (SW-2),
 * through the same process {@code shift-swap}.
 */
enum SwapKind {
    SWAP("换班"),
    COVER("代班");

    private final String label;

    SwapKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
