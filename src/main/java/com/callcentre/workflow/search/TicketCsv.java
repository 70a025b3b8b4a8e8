package com.callcentre.workflow.search;

import com.callcentre.workflow.complaint.TicketSearch;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A search result as CSV for Excel, as the reports' ({@code reporting.ReportCsv}): UTF-8 with a
 * byte-order mark, Chinese headers, RFC 4180 (CRLF, fields quoted when needed). Codes as stored
 * (status, category, VIP level), the departments by name, times in the business zone, the
 * customer's phone masked only (CP-9).
 */
final class TicketCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    static final String FILE_NAME = "tickets.csv";
    static final List<String> HEADERS = List.of("工单号", "状态", "问题类别", "客户等级", "首问负责人", "登记时间",
            "派单部门", "客户电话");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TicketCsv() {
    }

    static byte[] render(List<TicketSearch.Hit> hits, ZoneId zone, UnaryOperator<String> departmentName) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADERS);
        for (TicketSearch.Hit h : hits) {
            line(csv, List.of(h.ticketNo(), h.status(), h.category(), h.vipLevel(), h.owner(),
                    TIME.format(h.registeredAt().atZoneSameInstant(zone)),
                    String.join("、", h.departments().stream().map(departmentName).toList()), h.customerPhone()));
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
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

    private static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
