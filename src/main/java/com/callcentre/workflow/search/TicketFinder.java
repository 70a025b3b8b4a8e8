package com.callcentre.workflow.search;

import com.callcentre.workflow.complaint.PhoneHash;
import com.callcentre.workflow.complaint.TicketSearch;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import com.callcentre.workflow.system.InvalidInputException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees which tickets (docs/authorization.md, "Ticket search"), turned into the query's
 * {@link TicketSearch.Scope}: the supervisors of the centre every ticket; an agent their own
 * (CP-2) and, searching by a number, that caller's (for the call in hand, CP-3); a department
 * liaison the tickets their department has had an order for (CP-5, CP-9); anyone else nothing
 * ({@link #mayRead} false: 403). Every search by a number is recorded (CP-9, {@link PhoneSearchLog}).
 */
@Service
class TicketFinder {

    /** Who sees every ticket. */
    static final List<String> SEE_ALL = List.of(StaffGroups.COMPLAINT_HANDLER, StaffGroups.COMPLAINT_MANAGER,
            StaffGroups.DUTY_LEADER, StaffGroups.CS_DIRECTOR, StaffGroups.CENTER_DIRECTOR,
            StaffGroups.QUALITY_INSPECTOR);
    /** Who may export a result as CSV: the managers (the reports' readers). */
    static final List<String> EXPORT = List.of(StaffGroups.COMPLAINT_MANAGER, StaffGroups.CS_DIRECTOR,
            StaffGroups.CENTER_DIRECTOR);

    private final TicketSearch search;
    private final PhoneHash phoneHash;
    private final PhoneSearchLog log;
    private final CurrentUser currentUser;
    private final Departments departments;
    private final BusinessClock clock;
    private final long countLimit;
    private final Duration callerWindow;

    TicketFinder(TicketSearch search, PhoneHash phoneHash, PhoneSearchLog log, CurrentUser currentUser,
            Departments departments, BusinessClock clock,
            @Value("${complaint.search-count-limit:10000}") long countLimit,
            @Value("${complaint.caller-view-window:PT30M}") Duration callerWindow) {
        this.countLimit = countLimit;
        this.callerWindow = callerWindow;
        this.search = search;
        this.phoneHash = phoneHash;
        this.log = log;
        this.currentUser = currentUser;
        this.departments = departments;
        this.clock = clock;
    }

    boolean mayRead() {
        return currentUser.id().isPresent() && (currentUser.isInAny(SEE_ALL) || currentUser.isIn(StaffGroups.AGENT)
                || !liaisonOf().isEmpty());
    }

    /** Whether the reader's scope is every ticket (the centre's supervisors). */
    boolean seesAll() {
        return currentUser.id().isPresent() && currentUser.isInAny(SEE_ALL);
    }

    /** Whether this one ticket is in the reader's scope (an agent: their own; no search by number here). */
    boolean mayReadTicket(String ticketNo) {
        Optional<String> me = currentUser.id();
        if (me.isEmpty() || ticketNo == null) {
            return false;
        }
        TicketSearch.Criteria criteria = new TicketSearch.Criteria(null, ticketNo, null, null, null, null, null, null,
                false, null);
        return search.search(criteria, scope(me.get(), null), 0, 1).total() > 0;
    }

    /**
     * Whether an agent searched this ticket's number (or looked it up at intake) within the caller
     * window: the call in hand (CP-3). Not for the other roles: their scope is {@link #mayReadTicket}.
     */
    boolean isCallersTicket(String ticketNo) {
        Optional<String> me = currentUser.id();
        if (me.isEmpty() || ticketNo == null || !currentUser.isIn(StaffGroups.AGENT)) {
            return false;
        }
        OffsetDateTime since = BusinessClock.timestamp().minus(callerWindow);
        TicketSearch.Criteria criteria = new TicketSearch.Criteria(null, ticketNo, null, null, null, null, null, null,
                false, null);
        return log.hashesSearchedBy(me.get(), since).stream().anyMatch(hash -> search.search(criteria,
                new TicketSearch.Scope(false, null, hash, List.of()), 0, 1).total() > 0);
    }

    boolean mayExport() {
        return currentUser.id().isPresent() && currentUser.isInAny(EXPORT);
    }

    /**
     * The page the reader may see, its total counted up to {@code complaint.search-count-limit}; a
     * search by number is recorded with how many tickets it found.
     */
    @Transactional
    TicketSearch.Found find(TicketQuery q) {
        return find(q, q.pageOrFirst(), q.sizeOrDefault(), countLimit);
    }

    /** Every ticket of the query, up to {@code limit} (the CSV), newest first, and the exact total. */
    @Transactional
    TicketSearch.Found findAll(TicketQuery q, int limit) {
        return find(q, 0, limit, 0);
    }

    private TicketSearch.Found find(TicketQuery q, int page, int size, long limit) {
        String me = currentUser.id().orElseThrow();
        String hash = q.phone() == null ? null : phoneHash.of(q.phone());
        TicketSearch.Found found = search.search(criteria(q, hash, me), scope(me, hash), page, size, limit);
        if (hash != null) {
            log.record(me, PhoneHash.masked(q.phone()), hash, found.total());
        }
        return found;
    }

    String hashOf(String phone) {
        return phoneHash.of(phone);
    }

    private TicketSearch.Criteria criteria(TicketQuery q, String hash, String me) {
        if (q.department() != null && departments.byCode(q.department()).isEmpty()) {
            throw InvalidInputException.of("department", "未知的部门: " + q.department() + "，可选 " + departments.codes());
        }
        String owner = TicketQuery.ME.equals(q.owner()) ? me : q.owner();
        return new TicketSearch.Criteria(hash, q.ticketNo(), q.status(), q.category(), q.department(), owner,
                startOf(q.from()), q.to() == null ? null : startOf(q.to().plusDays(1)), q.repeatOnly(), q.text());
    }

    private TicketSearch.Scope scope(String me, String hash) {
        if (currentUser.isInAny(SEE_ALL)) {
            return TicketSearch.Scope.ALL;
        }
        boolean agent = currentUser.isIn(StaffGroups.AGENT);
        return new TicketSearch.Scope(false, agent ? me : null, agent ? hash : null, liaisonOf());
    }

    /** The codes of the departments whose group the reader is in. */
    private List<String> liaisonOf() {
        return departments.departments().stream().filter(d -> currentUser.isIn(d.group()))
                .map(Departments.Department::code).toList();
    }

    private OffsetDateTime startOf(java.time.LocalDate day) {
        return Optional.ofNullable(day).map(d -> d.atStartOfDay(clock.zone()).toOffsetDateTime()).orElse(null);
    }
}
