package com.callcentre.workflow.staff;

import com.callcentre.workflow.system.BusinessClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * When a shift runs: the configured times ({@code staff.shift-times}) on the shift's date in the
 * business zone. Read at start-up, so bad times stop the application there, naming the property.
 */
@Component
public class ShiftTimes {

    /** A shift's times on its date; {@code nextDay} when it ends at or after midnight (24:00), at most 24 hours. */
    private record Times(LocalTime start, LocalTime end, boolean nextDay) {
    }

    private final ZoneId zone;
    private final Map<ShiftType, Times> times = new EnumMap<>(ShiftType.class);

    ShiftTimes(StaffSettings settings, BusinessClock complaintSettings) {
        this.zone = complaintSettings.zone();
        settings.shiftTimes().forEach((type, text) -> times.put(type, parse(type, text)));
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant start(LocalDate date, ShiftType type) {
        return date.atTime(times.get(type).start()).atZone(zone).toInstant();
    }

    /** Exclusive: the instant the next shift may start. */
    public Instant end(LocalDate date, ShiftType type) {
        Times t = times.get(type);
        return (t.nextDay() ? date.plusDays(1) : date).atTime(t.end()).atZone(zone).toInstant();
    }

    /** Whether that shift runs at the instant: start included, end excluded. */
    public boolean covers(LocalDate date, ShiftType type, Instant at) {
        return !at.isBefore(start(date, type)) && at.isBefore(end(date, type));
    }

    /** The business date of an instant, the date a day's shifts are rostered under. */
    public LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    private static Times parse(ShiftType type, String text) {
        String property = "staff.shift-times." + type.name();
        String[] parts = text == null ? new String[0] : text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException(property + ": expected HH:mm-HH:mm, got " + text);
        }
        try {
            LocalTime start = LocalTime.parse(parts[0].trim());
            String endText = parts[1].trim();
            boolean midnight = endText.equals("24:00");
            LocalTime end = midnight ? LocalTime.MIDNIGHT : LocalTime.parse(endText);
            boolean nextDay = midnight || !end.isAfter(start);
            return new Times(start, end, nextDay);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(property + ": expected HH:mm-HH:mm, got " + text, e);
        }
    }
}
