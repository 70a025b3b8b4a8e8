package com.callcentre.workflow.attendance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly register as CSV for Excel, as the other exports ({@code search.TicketCsv}): UTF-8 with
 * a byte-order mark, Chinese headers, RFC 4180 (CRLF, fields quoted when needed); a cell that a
 * spreadsheet would read as a formula (= + - @) is prefixed with an apostrophe, so names show as typed.
 */
final class RegisterCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    static final List<String> FIRST_HEADERS = List.of("工号", "姓名", "班次", "出勤", "迟到次数", "迟到分钟",
            "早退次数", "早退分钟", "脱岗次数", "脱岗分钟", "违纪（LV-8）", "旷工");
    static final List<String> LAST_HEADERS = List.of("调班", "加班分钟", "未登记");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RegisterCsv() {
    }

    static String fileName(java.time.YearMonth month) {
        return "attendance-" + month + ".csv";
    }

    static byte[] render(List<RegisterLine> lines, List<String> leaveTypes) {
        StringBuilder csv = new StringBuilder();
        List<String> headers = new ArrayList<>(FIRST_HEADERS);
        leaveTypes.forEach(t -> headers.add(t + "（天）"));
        headers.addAll(LAST_HEADERS);
        line(csv, headers);
        for (RegisterLine l : lines) {
            List<String> cells = new ArrayList<>(List.of(l.employee(), l.name(), n(l.shifts()), n(l.attended()),
                    n(l.lateCount()), n(l.lateMinutes()), n(l.leftEarlyCount()), n(l.leftEarlyMinutes()),
                    n(l.awayCount()), n(l.awayMinutes()), n(l.disciplinaryCases()), n(l.absences())));
            leaveTypes.forEach(t -> cells.add(n(l.leaveDays().getOrDefault(t, 0))));
            cells.addAll(List.of(n(l.swapShifts()), n(l.overtimeMinutes()), n(l.unrecorded())));
            line(csv, cells);
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i) == null ? "" : cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quoted(String value) {
        String cell = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
