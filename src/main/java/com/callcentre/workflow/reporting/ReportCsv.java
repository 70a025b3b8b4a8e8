package com.callcentre.workflow.reporting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report as CSV for Excel: UTF-8 with a byte-order mark (without it Excel takes the Chinese
 * for the system's code page), Chinese headers and names, one line per department and category,
 * a subtotal per department and the total; then, each after a blank line, the daily audit's tickets and
 * failures per handler and per owner (CP-8, RP-1), each person's figures, the repeat-complaint rate per
 * category and the customers answered late (SL-1) (RFC 4180: CRLF, fields quoted when needed).
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
    /** Each person's figures (CP-8, RP-1), one line per person. */
    static final List<String> PEOPLE_HEADERS = List.of("人员", "姓名", "审核回单", "审核通过", "审核退回", "转投诉管理员",
            "答复督办单", "回单", "退单", "回访", "满意", "不满意", "无法联系", "请示值班长", "处理人审核工单", "处理人不合格",
            "首问审核工单", "首问不合格", "质检抽听", "质检平均分");
    /** The repeat-complaint rate, one line per category and the total. */
    static final List<String> REPEAT_HEADERS = List.of("重复投诉", "受理工单", "重复投诉工单", "重复投诉率(%)");
    /** The customers answered late (客户答复超时, SL-1), one line. */
    static final List<String> ANSWER_HEADERS = List.of("客户答复时限", "到期", "超时", "超时已答复", "超时未答复",
            "超时率(%)");
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
        people(csv, report.people());
        repeats(csv, report.repeats());
        csv.append("\r\n");
        line(csv, ANSWER_HEADERS);
        AnswerFigures a = report.customerAnswers();
        line(csv, texts(TOTAL, a.due(), a.breached(), a.answeredLate(), a.unanswered(), a.breachRate()));
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

    private static void people(StringBuilder csv, List<PeopleFigures.Person> people) {
        csv.append("\r\n");
        line(csv, PEOPLE_HEADERS);
        for (PeopleFigures.Person p : people) {
            line(csv, texts(p.person(), p.name(), p.reviews().total(), p.reviews().accepted(), p.reviews().rejected(),
                    p.reviews().referred(), p.orders().total(), p.orders().resolved(), p.orders().sentBack(),
                    p.callbacks().total(), p.callbacks().satisfied(), p.callbacks().unsatisfied(),
                    p.callbacks().unreachable(), p.callbacks().difficultCustomer(), p.asHandler().audited(),
                    p.asHandler().failed(), p.asOwner().audited(), p.asOwner().failed(), p.quality().listened(),
                    p.quality().average() == null ? "" : p.quality().average()));
        }
    }

    private static void repeats(StringBuilder csv, RepeatFigures repeats) {
        csv.append("\r\n");
        line(csv, REPEAT_HEADERS);
        for (RepeatFigures.Category c : repeats.categories()) {
            line(csv, texts(c.categoryName(), c.received(), c.repeats(), c.rate()));
        }
        line(csv, texts(TOTAL, repeats.received(), repeats.repeats(), repeats.rate()));
    }

    /** Each value as its text; null as an empty cell. */
    private static List<String> texts(Object... values) {
        List<String> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value == null ? "" : value.toString());
        }
        return cells;
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
