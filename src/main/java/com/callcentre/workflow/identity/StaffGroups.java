package com.callcentre.workflow.identity;

import com.callcentre.workflow.system.Departments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Camunda groups (domain rules §1) with their Chinese names; departments come from configuration. */
public final class StaffGroups {

    public static final String AGENT = "agent";
    public static final String COMPLAINT_HANDLER = "complaint-handler";
    public static final String COMPLAINT_MANAGER = "complaint-manager";
    public static final String DUTY_LEADER = "duty-leader";
    public static final String CS_DIRECTOR = "cs-director";
    public static final String CENTER_DIRECTOR = "center-director";
    public static final String QUALITY_INSPECTOR = "quality-inspector";

    static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put(AGENT, "话务员");
        ROLES.put(COMPLAINT_HANDLER, "投诉处理员");
        ROLES.put(COMPLAINT_MANAGER, "投诉管理员");
        ROLES.put(DUTY_LEADER, "值班长");
        ROLES.put(CS_DIRECTOR, "客服部主任");
        ROLES.put(CENTER_DIRECTOR, "客服中心主任");
        ROLES.put(QUALITY_INSPECTOR, "质检员");
    }

    private StaffGroups() {
    }

    /** The Chinese name of a role's group (值班长 for duty-leader); any other id as itself. */
    public static String nameOf(String group) {
        return ROLES.getOrDefault(group, group);
    }

    /** Every group of the centre: roles first, then one per department. */
    static Map<String, String> all(Departments departments) {
        Map<String, String> groups = new LinkedHashMap<>(ROLES);
        departments.departments().forEach(d -> groups.put(d.group(), d.name() + "联络员"));
        return groups;
    }

    static List<String> departmentGroups(Departments departments) {
        List<String> groups = new ArrayList<>();
        departments.departments().forEach(d -> groups.add(d.group()));
        return groups;
    }
}
