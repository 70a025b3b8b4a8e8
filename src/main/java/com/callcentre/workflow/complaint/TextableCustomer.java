package com.callcentre.workflow.complaint;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the customer's text messages (sms package, seed 004) need of a ticket: its customer's
 * mobile number, where there is one, and the facts a message may tell. A fixed line gets no text;
 * nor does a ticket whose customer data is erased (CP-14). The number leaves the ticket table
 * only here, for the sender at the moment it sends (CP-9): it is stored nowhere else.
 */
@Component
public class TextableCustomer {

    /** A mainland mobile number, as the intake accepts it ({@code ComplaintIntake.PHONE}'s first form). */
    static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

    /**
     * @param owner          the first-contact owner's user id, which is their staff number (工号, CP-13)
     * @param answerDeadline SL-1's deadline of the customer's answer, or null (none set)
     */
    public record Facts(String ticketNo, String owner, OffsetDateTime answerDeadline) {
    }

    private final JdbcClient jdbc;

    TextableCustomer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ticket's facts, when its customer has a mobile number; empty for a fixed line, an erased or unknown ticket. */
    public Optional<Facts> facts(String ticketNo) {
        return jdbc.sql("select ticket_no, owner, answer_deadline, customer_phone from ticket where ticket_no = ?")
                .param(ticketNo)
                .query((rs, i) -> {
                    String phone = rs.getString(4);
                    return isMobile(phone) ? Optional.of(new Facts(rs.getString(1), rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class))) : Optional.<Facts>empty();
                })
                .optional().flatMap(facts -> facts);
    }

    /** The number to text now: empty when it is a fixed line or no longer kept (CP-14). */
    public Optional<String> mobile(String ticketNo) {
        return jdbc.sql("select customer_phone from ticket where ticket_no = ?").param(ticketNo)
                .query(String.class).optional().filter(TextableCustomer::isMobile);
    }

    static boolean isMobile(String phone) {
        return phone != null && MOBILE.matcher(phone).matches();
    }
}
