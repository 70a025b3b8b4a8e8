package com.callcentre.workflow.bench;

/**
 * The sizes of a run (issue 14): quick for a few minutes' check, full for the figures in
 * docs/performance.md.
 *
 * @param lifecycleTickets tickets the 8 clients drive through the lifecycle, per configuration
 * @param stormOrders      department orders whose resolve limit passes at one moment
 * @param openTasks        open tasks beside the Tasklist and SLA board queries
 * @param yearTickets      tickets of a year of history beside the monthly report
 * @param searchTickets    tickets of a year beside the ticket search (issue 16)
 */
record Sizes(String name, int clients, int lifecycleTickets, int warmupTickets, int stormOrders, int openTasks,
        int yearTickets, int searchTickets) {

    static final Sizes QUICK = new Sizes("quick", 8, 200, 40, 2_000, 20_000, 50_000, 50_000);
    static final Sizes FULL = new Sizes("full", 8, 2_000, 100, 10_000, 100_000, 500_000, 500_000);

    /** Sizes named on the command line instead: {@code --lifecycle_tickets=500} and so on. */
    Sizes with(java.util.List<String> arguments) {
        java.util.Map<String, Integer> given = new java.util.HashMap<>();
        for (String argument : arguments) {
            if (argument.matches("--[a-z_]+=\\d+")) {
                given.put(argument.substring(2, argument.indexOf('=')), Integer.valueOf(argument.substring(argument.indexOf('=') + 1)));
            }
        }
        return new Sizes(name, given.getOrDefault("clients", clients), given.getOrDefault("lifecycle_tickets", lifecycleTickets),
                given.getOrDefault("warmup_tickets", warmupTickets), given.getOrDefault("storm_orders", stormOrders),
                given.getOrDefault("open_tasks", openTasks), given.getOrDefault("year_tickets", yearTickets),
                given.getOrDefault("search_tickets", searchTickets));
    }

    String describe() {
        return "sizes=" + name + " clients=" + clients + " lifecycle_tickets=" + lifecycleTickets + " warmup_tickets="
                + warmupTickets + " storm_orders=" + stormOrders + " open_tasks=" + openTasks + " year_tickets="
                + yearTickets + " search_tickets=" + searchTickets;
    }
}
