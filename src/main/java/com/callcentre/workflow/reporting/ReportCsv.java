package com.callcentre.workflow.reporting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report as CSV for Excel: UTF-8 with a byte-order mark (without it Excel takes the Chinese
 * for the system's code page), Chinese headers and names, one line per department and category,
 * a subtotal per department and the total; then, after a blank line, the daily audit's tickets and
 * failures per handler and per owner (CP-8, RP-1) (RFC 4180: CRLF, fields quoted when needed).
 */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    static final List<String> HEADERS = List.of("部门", "问题类别", "受理工单", "派发督办单", "退单", "回单", "按时回单",
            "到期督办单", "超时", "超时未升级", "一级督办", "二级督办", "三级督办", "超时率(%)", "回访", "满意", "不满意",
            "无法联系", "平均回单时长(小时)", "90%回单时长(小时)");
    static final String SUBTOTAL = "小计";
    static final String TOTAL = "合计";
    /** After the departments' table and a blank line: the daily audit's failures per person (CP-8, RP-1). */
    static final List<String> AUDIT_HEADERS = List.of("检验审核", "人员", "审核工单", "不合格");
    static final String HANDLER = "处理人";
    static final String OWNER = "首问责任人";
    static final String NOBODY = "（无回单审核）";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportCsv() {
    }

    static byte[] render(Report report) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADERS);
        for (Report.DepartmentTotal department : report.departments()) {
            List<Report.Row> rows = report.rows().stream()
                    .filter(r -> Objects.equals(r.department(), department.department())).toList();
            if (rows.isEmpty()) {
                continue;
            }
            rows.forEach(r -> line(csv, cells(r.departmentName(), r.categoryName(), r.figures())));
            line(csv, cells(department.departmentName(), SUBTOTAL, department.figures()));
        }
        line(csv, cells(TOTAL, "", report.total()));
        audits(csv, report.audits());
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static void audits(StringBuilder csv, AuditFigures audits) {
        csv.append("\r\n");
        line(csv, AUDIT_HEADERS);
        for (AuditFigures.Person p : audits.handlers()) {
            line(csv, List.of(HANDLER, p.person() == null ? NOBODY : p.person(), "" + p.audited(), "" + p.failed()));
        }
        for (AuditFigures.Person p : audits.owners()) {
            line(csv, List.of(OWNER, p.person(), "" + p.audited(), "" + p.failed()));
        }
        line(csv, List.of("检验审核", TOTAL, "" + audits.audited(), "" + audits.failed()));
    }

    /** {@code complaint-report-2026-W47.csv}: ASCII, so every browser keeps it. */
    static String fileName(Report report) {
        return "complaint-report-" + report.period().label() + ".csv";
    }

    private static List<String> cells(String department, String category, Figures f) {
        List<String> cells = new ArrayList<>(List.of(department, category));
        for (Object value : new Object[] {f.received(), f.dispatched(), f.sentBack(), f.answered(), f.answeredInTime(),
                f.due(), f.breached().total(), f.breached().notEscalated(), f.breached().level1(),
                f.breached().level2(), f.breached().level3(), f.breachRate(), f.callbacks().total(),
                f.callbacks().satisfied(), f.callbacks().unsatisfied(), f.callbacks().unreachable(),
                f.hoursToAnswer().average(), f.hoursToAnswer().p90()}) {
            cells.add(value == null ? "" : value.toString());
        }
        return cells;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
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
