package com.callcentre.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo profile's staff, password {@code demo}; safe to run at every start. */
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
            new DemoUser("inspector1", "徐", "丽", StaffGroups.QUALITY_INSPECTOR),
            new DemoUser("network1", "孙", "涛", "dept-network"),
            new DemoUser("billing1", "马", "超", "dept-billing"),
            new DemoUser("business1", "朱", "琳", "dept-business"),
            new DemoUser("aftersales1", "胡", "斌", "dept-aftersales"),
            new DemoUser("vip1", "郭", "婷", "dept-vip"));


    /** After {@link IdentitySetup} (a higher order): the groups exist. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        for (DemoUser demo : USERS) {
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
