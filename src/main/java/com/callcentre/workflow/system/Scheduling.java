package com.callcentre.workflow.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The application's own periodic work (CP-14's erasure); the engine's timers are the job executor's. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
