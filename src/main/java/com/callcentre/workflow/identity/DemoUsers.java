package com.callcentre.workflow.identity;

import com.callcentre.workflow.system.Departments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's staff, password {@code demo}; safe to run at every start. Each configured
 * department ({@code centre.departments}) has a liaison {@code <code>1} in its group: the five of
 * the demo centre with their names, any other with its department's name.
 */
@Component
@Order(102)
@Profile("demo")
class DemoUsers extends AbstractProcessEnginePlugin {

    static final String PASSWORD = "demo";

    record DemoUser(String id, String lastName, String firstName, String group) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("agent1", "王", "芳", StaffGroups.AGENT),
            new DemoUser("agent2", "李", "娜", StaffGroups.AGENT),
            new DemoUser("agent3", "张", "伟", StaffGroups.AGENT),
            new DemoUser("agent4", "刘", "洋", StaffGroups.AGENT),
            new DemoUser("handler1", "陈", "静", StaffGroups.COMPLAINT_HANDLER),
            new DemoUser("manager1", "杨", "军", StaffGroups.COMPLAINT_MANAGER),
            new DemoUser("leader1", "赵", "磊", StaffGroups.DUTY_LEADER),
            new DemoUser("leader2", "黄", "敏", StaffGroups.DUTY_LEADER),
            new DemoUser("director1", "周", "强", StaffGroups.CS_DIRECTOR),
            new DemoUser("centerdirector1", "吴", "华", StaffGroups.CENTER_DIRECTOR),
            new DemoUser("inspector1", "徐", "丽", StaffGroups.QUALITY_INSPECTOR));

    /** The demo centre's liaisons by department code: surname and given name. */
    static final Map<String, List<String>> LIAISON_NAMES = Map.of(
            "network", List.of("孙", "涛"),
            "billing", List.of("马", "超"),
            "business", List.of("朱", "琳"),
            "aftersales", List.of("胡", "斌"),
            "vip", List.of("郭", "婷"));

    private final Departments departments;

    DemoUsers(Departments departments) {
        this.departments = departments;
    }

    /** Everyone: the staff above and one liaison per configured department. */
    static List<DemoUser> users(Departments departments) {
        List<DemoUser> users = new ArrayList<>(USERS);
        for (Departments.Department d : departments.departments()) {
            List<String> name = LIAISON_NAMES.getOrDefault(d.code(), List.of(d.name(), "联络员"));
            users.add(new DemoUser(d.code() + "1", name.get(0), name.get(1), d.group()));
        }
        return users;
    }


    /** After {@link IdentitySetup} (a higher order): the groups exist. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        for (DemoUser demo : users(departments)) {
            if (identity.createUserQuery().userId(demo.id()).count() > 0) {
                continue;
            }
            User user = identity.newUser(demo.id());
            // The webapps show "first last"; a Chinese name reads surname first, so the whole name
            // is the first name (杨军, not 军 杨) and the last name stays empty. Our own code reads
            // last + first, which gives the same whole name.
            user.setFirstName(demo.lastName() + demo.firstName());
            user.setLastName("");
            user.setEmail(demo.id() + "@callcentre.example");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(demo.id(), demo.group());
        }
    }
}
