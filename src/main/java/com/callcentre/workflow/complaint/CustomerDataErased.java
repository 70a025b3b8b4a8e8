package com.callcentre.workflow.complaint;

/**
 * CP-14: a ticket's customer data was erased ({@link CustomerDataErasure}), published in the
 * transaction that erased it, so that features keeping their own data on the ticket (notes,
 * attachments) destroy it there too, or the erasure does not happen.
 */
public record CustomerDataErased(String ticketNo) {
}
