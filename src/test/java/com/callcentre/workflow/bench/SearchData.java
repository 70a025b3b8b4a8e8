package com.callcentre.workflow.bench;

import com.callcentre.workflow.complaint.ComplaintIntake.Category;
import com.callcentre.workflow.complaint.ComplaintIntake.Channel;
import com.callcentre.workflow.complaint.ComplaintIntake.VipLevel;
import com.callcentre.workflow.complaint.SearchVolume;
import com.callcentre.workflow.complaint.TicketStatus.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ticket search's data at volume (issue 16): {@code tickets} tickets spread over the year
 * before {@code now}, written through the complaint package's own statements ({@link SearchVolume}:
 * the ticket row as registration writes it, with its keyed phone hash; department orders as
 * dispatch opens them). Not through the engine: 500,000 tickets through the lifecycle would take
 * most of a day here (docs/performance.md), and the search reads only these two tables.
 * Deterministic for a seed. Callers: a third as many numbers as tickets, a tenth of them calling
 * often (about twelve tickets each); categories, VIP levels, channels and the four demo agents as
 * owners varied; two thirds dispatched to one or two departments; the last two weeks' tickets
 * open, the older ones archived (a few still open); one in five with a repeat of the caller's last.
 */
final class SearchData {

    static final String[] OWNERS = {"agent1", "agent2", "agent3", "agent4"};
    static final String COMMON_WORD = "宽带";
    /** In about one description in two hundred: a text search that finds few. */
    static final String RARE_WORD = "携号转网";
    static final int CHUNK = 5_000;

    private static final String[] DEPARTMENTS = {"network", "network", "network", "network", "billing", "billing",
        "billing", "business", "business", "aftersales", "aftersales", "vip"};
    private static final Category[] CATEGORIES = {Category.NETWORK, Category.NETWORK, Category.NETWORK,
        Category.BILLING, Category.BILLING, Category.BILLING, Category.SERVICE_ATTITUDE, Category.PRODUCT,
        Category.PRODUCT, Category.OTHER};
    private static final Status[] OPEN = {Status.AWAITING_DISPATCH, Status.AT_DEPARTMENTS, Status.AT_DEPARTMENTS,
        Status.AT_DEPARTMENTS, Status.AWAITING_REVIEW, Status.AWAITING_CALLBACK, Status.CALLBACK_RETRY_PENDING,
        Status.WITH_DUTY_LEADER, Status.WITH_COMPLAINT_MANAGER};
    private static final String[] PROBLEMS = {"家中宽带频繁断线", "手机信号差，通话经常中断", "5G 网速很慢", "宽带安装一直没人上门",
        "本月话费异常扣费", "套餐外流量收费不明", "要求退还多扣的费用", "营业厅工作人员态度差", "客服热线长时间无人接听",
        "新办的套餐与宣传不符", "光猫故障无法上网", "国际漫游费用过高"};
    private static final String[] DETAILS = {"用户称已持续三天", "已多次来电", "要求尽快回复", "影响正常工作", "用户情绪激动",
        "希望给予补偿", "曾在营业厅反映过", ""};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    /**
     * What was made, with what the probe asks for and what the test checks against.
     *
     * @param frequentPhone        a frequent caller's number (the agent's search by phone)
     * @param frequentPhoneTickets how many tickets that number has
     * @param agent1Tickets        tickets agent1 owns (owner=me)
     * @param billingTickets       tickets with an order for billing (billing1's scope)
     * @param networkTickets       tickets with an order for network (the department filter)
     * @param rareTextTickets      tickets whose description has {@link #RARE_WORD}
     * @param atDepartments        tickets at the departments (the status filter)
     */
    record Made(int tickets, int orders, int callers, String frequentPhone, long frequentPhoneTickets,
            long agent1Tickets, long billingTickets, long networkTickets, long rareTextTickets, long atDepartments) {
    }

    private final SearchVolume volume;
    private final TransactionTemplate transactions;
    private final String prefix;
    private final String phonePrefix;
    private final long seed;

    /**
     * @param prefix      of the ticket numbers ({@code SB20260105-0000001})
     * @param phonePrefix the callers' numbers' first three digits ({@code 139})
     */
    SearchData(SearchVolume volume, TransactionTemplate transactions, String prefix, String phonePrefix, long seed) {
        this.volume = volume;
        this.transactions = transactions;
        this.prefix = prefix;
        this.phonePrefix = phonePrefix;
        this.seed = seed;
    }

    Made generate(int tickets, Instant now) {
        Random random = new Random(seed);
        int callers = Math.max(1, tickets / 3);
        int frequentCallers = Math.max(1, callers / 10);
        String[] lastTicketOf = new String[callers];
        Instant start = now.minus(Duration.ofDays(365));
        long step = Duration.ofDays(365).minusHours(1).toMillis() / Math.max(1, tickets);
        Instant twoWeeksAgo = now.minus(Duration.ofDays(14));
        long frequent = 0;
        long agent1 = 0;
        long billing = 0;
        long network = 0;
        long rare = 0;
        long atDepartments = 0;
        int orderCount = 0;
        List<SearchVolume.Row> rows = new ArrayList<>();
        List<SearchVolume.Order> orders = new ArrayList<>();
        for (int i = 0; i < tickets; i++) {
            OffsetDateTime created = start.plusMillis(i * step + random.nextInt((int) Math.min(step, 60_000) + 1))
                    .atOffset(ZoneOffset.UTC);
            String ticketNo = prefix + created.atZoneSameInstant(QueryData.ZONE).format(DAY) + "-"
                    + String.format("%07d", i + 1);
            int caller = random.nextInt(10) < 3 ? random.nextInt(frequentCallers) : random.nextInt(callers);
            String phone = phone(caller);
            String repeatOf = lastTicketOf[caller] != null && random.nextInt(5) == 0 ? lastTicketOf[caller] : null;
            lastTicketOf[caller] = ticketNo;
            Category category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            boolean firstContact = random.nextInt(3) == 0;
            Status status = created.toInstant().isAfter(twoWeeksAgo) || random.nextInt(100) < 2
                    ? (firstContact ? Status.AWAITING_CALLBACK : OPEN[random.nextInt(OPEN.length)])
                    : random.nextInt(100) < 4 ? Status.CLOSED_UNREACHABLE : Status.ARCHIVED;
            String owner = OWNERS[random.nextInt(OWNERS.length)];
            boolean rareText = random.nextInt(200) == 0;
            String description = PROBLEMS[random.nextInt(PROBLEMS.length)] + "，" + DETAILS[random.nextInt(DETAILS.length)]
                    + (rareText ? "，用户表示若不解决将" + RARE_WORD : "") + "。来电 " + (i % 97) + " 号工位记录。";
            rows.add(new SearchVolume.Row(ticketNo, Channel.values()[random.nextInt(Channel.values().length)], category,
                    random.nextInt(100) < 85 ? VipLevel.NONE : VipLevel.values()[1 + random.nextInt(3)],
                    SURNAMES[random.nextInt(SURNAMES.length)] + (random.nextBoolean() ? "先生" : "女士"), phone, description,
                    firstContact, random.nextInt(50) == 0, repeatOf, owner, status, created));
            boolean billed = false;
            boolean networked = false;
            if (!firstContact && status != Status.AWAITING_DISPATCH) {
                int departments = random.nextInt(5) == 0 ? 2 : 1;
                List<String> chosen = new ArrayList<>();
                while (chosen.size() < departments) {
                    String d = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
                    if (!chosen.contains(d)) {
                        chosen.add(d);
                    }
                }
                boolean answered = status != Status.AT_DEPARTMENTS;
                for (String d : chosen) {
                    OffsetDateTime opened = created.plusMinutes(10);
                    orders.add(new SearchVolume.Order(ticketNo, 1, d, opened, answered ? "RESOLVED" : null,
                            answered ? d + "1" : null, answered ? opened.plusHours(20) : null));
                    billed |= d.equals("billing");
                    networked |= d.equals("network");
                }
            }
            frequent += caller == 0 ? 1 : 0;
            agent1 += owner.equals("agent1") ? 1 : 0;
            billing += billed ? 1 : 0;
            network += networked ? 1 : 0;
            rare += rareText ? 1 : 0;
            atDepartments += status == Status.AT_DEPARTMENTS ? 1 : 0;
            if (rows.size() == CHUNK || i == tickets - 1) {
                orderCount += orders.size();
                List<SearchVolume.Row> chunkRows = List.copyOf(rows);
                List<SearchVolume.Order> chunkOrders = List.copyOf(orders);
                transactions.executeWithoutResult(s -> volume.insert(chunkRows, chunkOrders));
                rows.clear();
                orders.clear();
            }
        }
        return new Made(tickets, orderCount, callers, phone(0), frequent, agent1, billing, network, rare,
                atDepartments);
    }

    /** A caller's mobile number: the prefix and eight digits. */
    String phone(int caller) {
        return phonePrefix + String.format("%08d", (caller * 7_919L + seed) % 100_000_000L);
    }
}
