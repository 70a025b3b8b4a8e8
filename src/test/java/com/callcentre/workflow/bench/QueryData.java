package com.callcentre.workflow.bench;

import com.callcentre.workflow.complaint.ComplaintIntake;
import com.callcentre.workflow.complaint.ComplaintIntake.Category;
import com.callcentre.workflow.complaint.ComplaintIntake.Channel;
import com.callcentre.workflow.complaint.ComplaintIntake.ContactType;
import com.callcentre.workflow.complaint.ComplaintIntake.VipLevel;
import com.callcentre.workflow.complaint.ComplaintService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * The data beside the query benchmark (issue 14), made as production makes it: through the
 * product's own intake ({@link ComplaintService#register}) and the engine's task service as the
 * demo staff, the engine clock moved through a year. Nothing is inserted into a table directly.
 * <ul>
 * <li>A year of history: {@code yearTickets} tickets over the 365 days before {@code now}, each
 * day's share registered, dispatched, answered, reviewed and called back (archived) within that
 * day; a share resolved at first contact (one transaction). Categories and customer levels vary,
 * so the routing table sends orders to every department.</li>
 * <li>{@code openTasks} open tasks near {@code now} of every kind Tasklist shows: department
 * orders (some claimed), dispatch, receipt review, callback, and the duty leader's: supervision
 * of a breached order (its resolve limit passed while it was open), major complaints, and
 * tickets taken over after repeated unsatisfied callbacks.</li>
 * </ul>
 * Jobs (the mail of each step, due timers) are run by hand after each step at the clock of that
 * step, so the database is left with no due job: no mail is waiting to be sent, and only the
 * timers of the open tickets are left for later. Threads share one clock value at a time.
 */
public final class QueryData {

    /** The business zone of centre.business-zone: a day's work is from 09:00 there. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] AGENTS = {"agent1", "agent2", "agent3", "agent4"};
    private static final Category[] CATEGORIES = Category.values();
    private static final String COMPLAINT = "complaint-handling";
    private static final String MAIL = "mail-delivery";

    /** The kinds of open work, each a way a ticket waits (the task it waits in). */
    enum OpenKind { DISPATCH, ORDER, CLAIMED_ORDER, REVIEW, CALLBACK, BREACHED, MAJOR, TAKEOVER }

    /** Shares of the open tickets by kind (per mille), before the tasks each one leaves open. */
    private static final Map<OpenKind, Integer> OPEN_SHARES = Map.of(OpenKind.DISPATCH, 150, OpenKind.ORDER, 330,
            OpenKind.CLAIMED_ORDER, 120, OpenKind.REVIEW, 120, OpenKind.CALLBACK, 150, OpenKind.BREACHED, 60,
            OpenKind.MAJOR, 50, OpenKind.TAKEOVER, 20);

    /** Tickets registered from this instant on are the open ones. */
    private volatile Instant openSince = Instant.MAX;
    private final ProcessEngine engine;
    private final ComplaintService complaints;
    private final int threads;
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
    /** The complaint instances made here: only their due jobs are run (not those of others on the database). */
    private final Set<String> instances = ConcurrentHashMap.newKeySet();
    private final List<String> yearTicketNos = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> openTicketNos = new java.util.concurrent.CopyOnWriteArrayList<>();

    public QueryData(ProcessEngine engine, ComplaintService complaints, int threads) {
        this.engine = engine;
        this.complaints = complaints;
        this.threads = threads;
    }

    /** What was made: tickets of the year and open tickets by kind. */
    public record Made(int yearTickets, int firstContact, Map<OpenKind, Integer> openTickets, long openTasks,
            List<String> yearTicketNos, List<String> openTicketNos) {

        @Override
        public String toString() {
            return "year tickets " + yearTickets + " (" + firstContact + " at first contact), open tickets "
                    + openTickets + ", open tasks " + openTasks;
        }
    }

    /**
     * Makes the year and then the open tasks, and leaves the engine clock reset. {@code now} is
     * the present the open tasks are near (the wall clock in the benchmark).
     */
    public Made generate(int yearTickets, int openTasks, Instant now) {
        try {
            int firstContact = year(yearTickets, now);
            Map<OpenKind, Integer> open = open(openTasks, now);
            return new Made(yearTickets, firstContact, open, engine.getTaskService().createTaskQuery().count(),
                    List.copyOf(yearTicketNos), List.copyOf(openTicketNos));
        } finally {
            ClockUtil.reset();
        }
    }

    /** The twelve months before this one, oldest first; each day's tickets end archived that day. */
    int year(int yearTickets, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        // Working days spread evenly over the 365 days; at least 20 tickets a day so that each
        // step runs as a batch in the threads (a small year has fewer days, still every month).
        int workDays = Math.max(1, Math.min(yearTickets, Math.min(365, Math.max(12, yearTickets / 20))));
        int firstContact = 0;
        int made = 0;
        // The twelve whole months before this one; each work day in the middle of its share of them.
        LocalDate first = today.withDayOfMonth(1).minusMonths(12);
        int span = (int) java.time.temporal.ChronoUnit.DAYS.between(first, today.withDayOfMonth(1));
        for (int w = 0; w < workDays; w++) {
            LocalDate day = first.plusDays(((long) w * span + span / 2 / workDays) / workDays);
            int count = (int) ((long) yearTickets * (w + 1) / workDays) - made;
            if (count <= 0) {
                continue;
            }
            Instant morning = day.atTime(9, 0).atZone(ZONE).toInstant();
            Random random = new Random(w);
            List<Integer> plans = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                plans.add(random.nextInt(1000));
            }
            // One in three is answered at first contact (a consultation): one transaction.
            List<Integer> atFirstContact = plans.stream().filter(p -> p < 330).toList();
            List<Integer> throughOrders = plans.stream().filter(p -> p >= 330).toList();
            firstContact += atFirstContact.size();
            made += count;
            at(morning);
            parallel(atFirstContact, p -> register(p, true, false));
            List<String> tickets = parallelMap(throughOrders, p -> register(p, false, p >= 980).processInstanceId());
            runDueJobs();
            // Major complaints: the duty leader's instruction first.
            at(morning.plus(Duration.ofMinutes(20)));
            parallel(tickets, pid -> completeAll(pid, "majorComplaintSupervision", "leader1",
                    Map.of("majorInstruction", "立即核查，两小时内回复客户")));
            at(morning.plus(Duration.ofMinutes(30)));
            parallel(tickets, pid -> completeAll(pid, "dispatch", "manager1", Map.of()));
            runDueJobs();
            at(morning.plus(Duration.ofMinutes(90)));
            parallel(tickets, this::answerOrders);
            runDueJobs();
            at(morning.plus(Duration.ofMinutes(120)));
            parallel(tickets, pid -> completeAll(pid, "reviewReceipt", "handler1",
                    Map.of("receiptAccepted", true, "reviewComment", "回单完整")));
            at(morning.plus(Duration.ofMinutes(150)));
            parallel(tickets, pid -> callback(pid, "SATISFIED"));
            runDueJobs();
            if (w % Math.max(1, workDays / 12) == 0) {
                System.err.printf("queries data: %s, %d of %d year tickets%n", day, made, yearTickets);
            }
        }
        return firstContact;
    }

    /** Open tickets near now until {@code openTasks} tasks are open beside the year's. */
    Map<OpenKind, Integer> open(int openTasks, Instant now) {
        openSince = now.minus(Duration.ofHours(60));
        TaskService tasks = engine.getTaskService();
        long before = tasks.createTaskQuery().count();
        Map<OpenKind, Integer> made = new java.util.EnumMap<>(OpenKind.class);
        // Breached orders: dispatched 50 hours ago, past the 48-hour resolve limit of an ordinary
        // customer two hours ago, so the breach timer (run below, at now) puts them to the duty leader.
        int breached = Math.max(1, openTasks * OPEN_SHARES.get(OpenKind.BREACHED) / 1000 / 2);
        at(now.minus(Duration.ofHours(50)));
        List<String> late = parallelMap(range(breached), i -> registerOrdinary(i).processInstanceId());
        parallel(late, pid -> completeAll(pid, "dispatch", "manager1", Map.of()));
        made.put(OpenKind.BREACHED, breached);
        runDueJobs();
        // The rest in rounds over the last 20 hours, until the count is reached.
        int round = 0;
        int rounds = 20;
        Random random = new Random(42);
        while (true) {
            long open = tasks.createTaskQuery().count() - before + breached; // each breach adds a supervision
            if (open >= openTasks) {
                break;
            }
            long missing = openTasks - open;
            int batch = (int) Math.max(1, Math.min(missing / 2 + 1, Math.max(openTasks / rounds, 1)));
            at(now.minus(Duration.ofHours(20)).plus(Duration.ofMinutes(60L * Math.min(round, rounds - 1))));
            round++;
            List<OpenKind> kinds = new ArrayList<>();
            if (round == 1) {
                // Every kind at least once, however small the count.
                for (OpenKind kind : OpenKind.values()) {
                    if (kind != OpenKind.BREACHED) {
                        kinds.add(kind);
                    }
                }
            }
            for (int i = kinds.size(); i < batch; i++) {
                kinds.add(kind(random.nextInt(1000 - OPEN_SHARES.get(OpenKind.BREACHED))));
            }
            kinds.forEach(k -> made.merge(k, 1, Integer::sum));
            parallel(kinds, kind -> openTicket(kind, random.nextInt(1000)));
            runDueJobs();
        }
        // Now: the breach timers are due; the duty leader gets the supervision tasks.
        ClockUtil.reset();
        ClockUtil.setCurrentTime(Date.from(now));
        runDueJobs();
        return made;
    }

    private static OpenKind kind(int draw) {
        int sum = 0;
        for (OpenKind kind : OpenKind.values()) {
            if (kind == OpenKind.BREACHED) {
                continue;
            }
            sum += OPEN_SHARES.get(kind);
            if (draw < sum) {
                return kind;
            }
        }
        return OpenKind.ORDER;
    }

    private void openTicket(OpenKind kind, int plan) {
        switch (kind) {
            case DISPATCH -> register(plan, false, false);
            case MAJOR -> register(plan, false, true);
            case ORDER, CLAIMED_ORDER -> {
                String pid = register(plan, false, false).processInstanceId();
                completeAll(pid, "dispatch", "manager1", Map.of());
                if (kind == OpenKind.CLAIMED_ORDER) {
                    for (Task order : tasks(pid, "handleOrder")) {
                        String user = liaison(order);
                        as(user, () -> engine.getTaskService().claim(order.getId(), user));
                    }
                }
            }
            case REVIEW, CALLBACK -> {
                String pid = register(plan, false, false).processInstanceId();
                completeAll(pid, "dispatch", "manager1", Map.of());
                answerOrders(pid);
                if (kind == OpenKind.CALLBACK) {
                    completeAll(pid, "reviewReceipt", "handler1", Map.of("receiptAccepted", true, "reviewComment", "回单完整"));
                }
            }
            case TAKEOVER -> {
                // Unsatisfied three times: reopened twice (complaint.max-reopenings), then the duty leader's.
                String pid = register(plan, false, false).processInstanceId();
                for (int time = 0; time < 3; time++) {
                    completeAll(pid, "dispatch", "manager1", Map.of());
                    answerOrders(pid);
                    completeAll(pid, "reviewReceipt", "handler1", Map.of("receiptAccepted", true, "reviewComment", "回单完整"));
                    callback(pid, "UNSATISFIED");
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private ComplaintService.Registered registerOrdinary(int i) {
        String agent = AGENTS[i % AGENTS.length];
        // 24-hour departments only (network, billing), so the limit passes on the wall clock.
        Category category = i % 2 == 0 ? Category.NETWORK : Category.BILLING;
        ComplaintService.Registered registered = as(agent, () -> complaints.register(new ComplaintIntake(Channel.HOTLINE,
                ContactType.COMPLAINT, category, "张三", "13800138000", VipLevel.NONE, "宽带断线、话费多扣，客户要求尽快处理",
                false, false, null, null, null)));
        instances.add(registered.processInstanceId());
        openTicketNos.add(registered.ticketNo());
        return registered;
    }

    /** A ticket as an agent takes it; {@code plan} (0..999) picks category, level and channel. */
    private ComplaintService.Registered register(int plan, boolean resolvedAtFirstContact, boolean major) {
        String agent = AGENTS[plan % AGENTS.length];
        Category category = CATEGORIES[(plan / 4) % CATEGORIES.length];
        int level = (plan / 20) % 20;
        VipLevel vip = level < 13 ? VipLevel.NONE : level < 17 ? VipLevel.SILVER : level < 19 ? VipLevel.GOLD : VipLevel.DIAMOND;
        Channel channel = Channel.values()[(plan / 7) % Channel.values().length];
        ContactType type = resolvedAtFirstContact ? ContactType.CONSULTATION
                : plan % 10 == 0 ? ContactType.SERVICE_REQUEST : ContactType.COMPLAINT;
        String description = resolvedAtFirstContact ? "咨询资费与套餐，已当场解答" : "客户反映问题，要求处理并回复（" + category + "）";
        ComplaintService.Registered registered = as(agent, () -> complaints.register(new ComplaintIntake(channel, type,
                category, "李四", "1390000" + String.format("%04d", plan), vip, description, resolvedAtFirstContact, major,
                null, null, null)));
        instances.add(registered.processInstanceId());
        (ClockUtil.getCurrentTime().toInstant().isBefore(openSince) ? yearTicketNos : openTicketNos)
                .add(registered.ticketNo());
        return registered;
    }

    /** Every open order of the ticket claimed and answered by its department's liaison. */
    private void answerOrders(String pid) {
        for (Task order : tasks(pid, "handleOrder")) {
            String user = liaison(order);
            as(user, () -> {
                TaskService service = engine.getTaskService();
                if (order.getAssignee() == null) {
                    service.claim(order.getId(), user);
                }
                service.complete(order.getId(), Map.of("orderOutcome", "RESOLVED", "receipt", "已核实处理并答复客户",
                        "receiptCause", "核实属实", "receiptMeasures", "已整改"));
                return null;
            });
        }
    }

    private void callback(String pid, String outcome) {
        for (Task callback : tasks(pid, "callback")) {
            String user = callback.getAssignee() != null ? callback.getAssignee() : "agent1";
            Map<String, Object> variables = new HashMap<>();
            variables.put("callbackOutcome", outcome);
            variables.put("problemSolved", true);
            variables.put("callbackNote", "SATISFIED".equals(outcome) ? "客户满意" : "客户仍不满意");
            complete(user, callback, variables);
        }
    }

    private void completeAll(String pid, String key, String user, Map<String, Object> variables) {
        for (Task task : tasks(pid, key)) {
            complete(user, task, variables);
        }
    }

    private void complete(String user, Task task, Map<String, Object> variables) {
        as(user, () -> {
            TaskService service = engine.getTaskService();
            if (task.getAssignee() == null) {
                service.claim(task.getId(), user);
            }
            service.complete(task.getId(), variables);
            return null;
        });
    }

    private List<Task> tasks(String pid, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).list();
    }

    /** The department's demo liaison (billing1 for dept-billing): the order's candidate group. */
    private String liaison(Task order) {
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(order.getId())) {
            if ("candidate".equals(link.getType()) && link.getGroupId() != null && link.getGroupId().startsWith("dept-")) {
                return link.getGroupId().substring("dept-".length()) + "1";
            }
        }
        throw new IllegalStateException("order without a department: " + order.getId());
    }

    /**
     * Due jobs run at the clock of now, until none is due: those of the tickets made here and
     * the mail deliveries (any: a mail waiting is what must not be left).
     */
    void runDueJobs() {
        while (true) {
            List<String> due = new ArrayList<>();
            engine.getManagementService().createJobQuery().processDefinitionKey(COMPLAINT).executable().list()
                    .stream().filter(job -> instances.contains(job.getProcessInstanceId())).map(Job::getId)
                    .forEach(due::add);
            engine.getManagementService().createJobQuery().processDefinitionKey(MAIL).executable().list()
                    .stream().map(Job::getId).forEach(due::add);
            if (due.isEmpty()) {
                return;
            }
            parallel(due, id -> {
                try {
                    engine.getManagementService().executeJob(id);
                } catch (RuntimeException e) {
                    // A job that failed is retried by the engine's own rules (retries, due date) on the
                    // next pass; one that another pass already ran is gone.
                }
            });
        }
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        IdentityService identity = engine.getIdentityService();
        List<String> memberOf = groups.computeIfAbsent(user,
                u -> identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList());
        identity.setAuthentication(user, memberOf);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private void as(String user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private static List<Integer> range(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    private <T> void parallel(List<T> items, Consumer<T> action) {
        parallelMap(items, item -> {
            action.accept(item);
            return null;
        });
    }

    /** Each item in one of the threads; a conflict (a job touched the same ticket) is tried again. */
    private <T, R> List<R> parallelMap(List<T> items, java.util.function.Function<T, R> action) {
        if (items.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    for (int attempt = 1; ; attempt++) {
                        try {
                            return action.apply(item);
                        } catch (OptimisticLockingException e) {
                            if (attempt >= 5) {
                                throw e;
                            }
                        }
                    }
                }));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get(10, TimeUnit.MINUTES));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("generating the query data", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
