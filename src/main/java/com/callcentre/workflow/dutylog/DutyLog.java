package com.callcentre.workflow.dutylog;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.staff.ShiftType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The duty log's API for the other features (HO-3): an entry is filed under the shift running now
 * and its duty leader on duty (the roster), in the caller's transaction, so a step of a process
 * that rolls back leaves no entry.
 */
@Component
public class DutyLog {

    /** The author of the product's own entries. */
    public static final String SYSTEM = "system";
    /** The longest entry text. */
    public static final int TEXT_MAX = 4000;

    private final DutyLogEntries entries;
    private final DutyShifts shifts;

    DutyLog(DutyLogEntries entries, DutyShifts shifts) {
        this.entries = entries;
        this.shifts = shifts;
    }

    /**
     * Writes an entry now.
     *
     * @param ticketNo    the ticket it is about, or {@code null}
     * @param emergencyNo the emergency it is about, or {@code null}
     * @param author      who wrote it, {@link #SYSTEM} for the product
     * @return the entry's id
     */
    public long write(DutyLogKind kind, String text, String ticketNo, String emergencyNo, String author) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Instant now = BusinessClock.now();
        var shift = shifts.at(now);
        List<String> leaders = shifts.leadersAt(now);
        String cut = text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text;
        return entries.insert(new DutyLogEntry(0, shift.map(DutyShifts.ShiftOf::date).orElse(null),
                shift.map(DutyShifts.ShiftOf::type).orElse(null), leaders.isEmpty() ? null : leaders.get(0),
                BusinessClock.timestamp(), kind, cut, ticketNo, emergencyNo, author));
    }

    /** An entry as the shift handover lists it (HO-1, HO-3): its id, time, kind's label and text as typed. */
    public record Line(long id, OffsetDateTime loggedAt, String kindLabel, String text) {
    }

    /** A shift's entries in the order written, for the shift's handover (HO-3: the log goes into the handover). */
    public List<Line> ofShift(LocalDate date, ShiftType shift) {
        Objects.requireNonNull(shift, "shift");
        return entries.of(date, shift).stream().map(e -> new Line(e.id(), e.loggedAt(), e.kind().label(), e.text()))
                .toList();
    }

    /** The entries of an emergency so far, as text lines (time, kind, text), for its forms. */
    public List<String> linesOf(String emergencyNo, ZoneId zone) {
        var format = DateTimeFormatter.ofPattern("MM-dd HH:mm");
        return entries.ofEmergency(emergencyNo).stream()
                .map(e -> format.format(e.loggedAt().atZoneSameInstant(zone)) + " 【" + e.kind().label() + "】"
                        + e.text())
                .toList();
    }
}
