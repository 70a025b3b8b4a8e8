package com.callcentre.workflow.complaint;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.system.LostRace;
import com.callcentre.workflow.system.RuleRefusal;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links and merges duplicate tickets (issue 16, CP-8: both trails kept), for complaint managers and directors. A LINK is a
 * row and a trail line on each ticket. A MERGE writes the row, then correlates the message
 * {@code ticketMerged} to the duplicate's instance, whose interrupting event sub-process 工单合并
 * ends it ({@link MergeTicket}); all in one transaction, so a timer or a person acting on the
 * duplicate at the same moment makes one of the two lose on the engine's optimistic lock: here a
 * 409 in Chinese, nothing changed.
 */
@Service
class TicketLinkDesk {

    static final String MERGE_MESSAGE = "ticketMerged";
    /** Who may link and merge: the complaint managers and, above them, the directors. */
    static final List<String> MAY_LINK = List.of(StaffGroups.COMPLAINT_MANAGER, StaffGroups.CS_DIRECTOR,
            StaffGroups.CENTER_DIRECTOR);

    private static final java.util.Map<TicketStatus.Status, String> ENDED = java.util.Map.of(
            TicketStatus.Status.ARCHIVED, "已归档", TicketStatus.Status.CLOSED_UNREACHABLE, "无法联系已结案",
            TicketStatus.Status.MERGED, "已合并");

    /** A refusal: the HTTP status and the Chinese message naming the field or the rule. */
    static final class Refused extends RuntimeException {
        final HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }

    private final TicketRepository tickets;
    private final TicketLinks links;
    private final TicketTrail trail;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;

    TicketLinkDesk(TicketRepository tickets, TicketLinks links, TicketTrail trail, CurrentUser currentUser,
            RuntimeService runtime) {
        this.tickets = tickets;
        this.links = links;
        this.trail = trail;
        this.currentUser = currentUser;
        this.runtime = runtime;
    }

    boolean mayLink() {
        return currentUser.isInAny(MAY_LINK);
    }

    @Transactional
    public List<TicketView.Link> link(String ticketNo, TicketLinkRequest request) {
        String other = request.otherTicketNo();
        if (ticketNo.equals(other)) {
            throw new Refused(HttpStatus.UNPROCESSABLE_ENTITY, "otherTicketNo：不能与工单自身关联或合并");
        }
        find(ticketNo);
        find(other);
        String me = currentUser.id().orElseThrow();
        try {
            links.lock(ticketNo, other);
            if (request.kind() == TicketLinkRequest.Kind.LINK) {
                if (links.between(ticketNo, other)) {
                    throw new Refused(HttpStatus.CONFLICT, "工单 " + ticketNo + " 与 " + other + " 已关联或已合并");
                }
                links.add(ticketNo, other, TicketLinks.LINKED, me, request.reason());
                trail.record(ticketNo, "linkTicket", "关联工单", me, TicketLinks.LINKED, "关联 " + other + "：" + request.reason());
                trail.record(other, "linkTicket", "关联工单", me, TicketLinks.LINKED, "关联 " + ticketNo + "：" + request.reason());
            } else {
                merge(find(ticketNo), find(other), me, request);
            }
            return links.of(ticketNo);
        } catch (Refused e) {
            throw e;
        } catch (RuntimeException e) {
            if (!LostRace.in(e)) {
                throw e;
            }
            throw new Refused(HttpStatus.CONFLICT, "工单 " + ticketNo + " 或 " + other
                    + " 此刻正被他人或系统定时任务办理，请稍后刷新再试");
        }
    }

    /** MERGE {@code duplicate} INTO {@code survivor}: refusals first, then the row, then the engine's way. */
    private void merge(Ticket duplicate, Ticket survivor, String me, TicketLinkRequest request) {
        if (duplicate.status().terminal()) {
            throw new Refused(HttpStatus.CONFLICT, "工单 " + duplicate.ticketNo() + " 已结束（" + ENDED.get(duplicate.status())
                    + "），不能再合并");
        }
        // CP-8: a merge folds a duplicate into a ticket still being worked; an ended one only takes a LINK.
        if (survivor.status() == TicketStatus.Status.MERGED) {
            throw new RuleRefusal("CP-8", "工单 " + survivor.ticketNo() + " 已合并至其他工单（" + ENDED.get(survivor.status())
                    + "），请合并至保留的工单（CP-8）", "otherTicketNo");
        }
        if (survivor.status().terminal()) {
            throw new RuleRefusal("CP-8", "工单 " + survivor.ticketNo() + " 已结束（" + ENDED.get(survivor.status())
                    + "），重复工单只能并入仍在办理的工单（CP-8）；如需留痕请改为关联", "otherTicketNo");
        }
        String hash = links.phoneHashOf(duplicate.ticketNo());
        if ((hash == null || !Objects.equals(hash, links.phoneHashOf(survivor.ticketNo()))) && !request.confirmed()) {
            throw new Refused(HttpStatus.UNPROCESSABLE_ENTITY,
                    "callerConfirmed：两张工单的来电号码不同，确认是同一客户的重复投诉后请勾选确认（callerConfirmed: true）再合并");
        }
        String reason = request.confirmed() && !Objects.equals(hash, links.phoneHashOf(survivor.ticketNo()))
                ? request.reason() + "（来电号码不同，已确认）" : request.reason();
        if (!links.linkedBecomesMerge(duplicate.ticketNo(), survivor.ticketNo(), me, reason)) {
            if (links.between(duplicate.ticketNo(), survivor.ticketNo())) {
                throw new Refused(HttpStatus.CONFLICT, "工单 " + duplicate.ticketNo() + " 与 " + survivor.ticketNo() + " 已合并");
            }
            links.add(duplicate.ticketNo(), survivor.ticketNo(), TicketLinks.MERGED_INTO, me, reason);
        }
        try {
            // Without the caller's authorizations: the grant is this desk's check above; the engine's
            // gate refuses the same message from anyone else (MergeTicket asks for the row just written).
            currentUser.withoutAuthorization(() -> runtime.createMessageCorrelation(MERGE_MESSAGE)
                    .processInstanceBusinessKey(duplicate.ticketNo()).correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw new Refused(HttpStatus.CONFLICT, "工单 " + duplicate.ticketNo()
                    + " 的流程版本不支持合并（或已结束）：请管理员先将其迁移到最新版本");
        }
    }

    private Ticket find(String ticketNo) {
        return tickets.find(ticketNo).orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, "工单不存在: " + ticketNo));
    }
}
