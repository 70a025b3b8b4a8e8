package com.callcentre.workflow.quality;

import com.callcentre.workflow.system.BusinessClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * When the daily audit starts (CP-8): the timer start event of {@code daily-audit} reads
 * {@code ${dailyAuditSchedule.cron()}}. The time is configured in the business zone
 * ({@code quality.daily-audit-time}, default 08:00 Asia/Shanghai), but Camunda reads a cron
 * expression in the server's (the JVM's) zone: so the cron is computed for the next run, in the
 * server's zone (08:00 in Shanghai is {@code 0 0 0 * * ?} on a server in UTC). The engine evaluates
 * it again each time the timer is due ({@code reevaluate-time-cycle-when-due}), so a changed time
 * and a daylight-saving change of the server's zone take effect from the following run. Public:
 * the engine's expressions call only public classes' methods.
 */
@Component("dailyAuditSchedule")
public class DailyAuditSchedule {

    private final QualitySettings settings;
    private final BusinessClock clock;

    DailyAuditSchedule(QualitySettings settings, BusinessClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The timer's cron: the next run's time of day, in the server's zone. */
    public String cron() {
        return cron(BusinessClock.now(), ZoneId.systemDefault());
    }

    String cron(Instant now, ZoneId serverZone) {
        ZonedDateTime next = nextRun(now).withZoneSameInstant(serverZone);
        return "0 " + next.getMinute() + " " + next.getHour() + " * * ?";
    }

    /** The first configured time after {@code now}, in the business zone. */
    ZonedDateTime nextRun(Instant now) {
        ZoneId zone = clock.zone();
        ZonedDateTime today = LocalDate.ofInstant(now, zone).atTime(settings.time()).atZone(zone);
        return today.toInstant().isAfter(now) ? today : today.plusDays(1);
    }
}
