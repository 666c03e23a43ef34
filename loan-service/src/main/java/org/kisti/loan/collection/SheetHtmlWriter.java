package org.kisti.loan.collection;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Lets the resource method that returns a {@link SheetDocument} as JSON answer {@code Accept: text/html} too: a
 * printable page, one table per cohesion group, with empty columns for attendance and the amounts collected, and the
 * sheet id and version printed so the posted sheet names what was filled.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class SheetHtmlWriter implements MessageBodyWriter<SheetDocument> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return SheetDocument.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(SheetDocument sheet, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream)
            throws IOException {
        // Names are often in Bengali: say the charset rather than let a browser guess.
        httpHeaders.putSingle(HttpHeaders.CONTENT_TYPE, mediaType.withCharset(StandardCharsets.UTF_8.name()));
        Writer out = new OutputStreamWriter(entityStream, StandardCharsets.UTF_8);
        out.write(html(sheet));
        // Flush, never close: the container owns the entity stream.
        out.flush();
    }

    static String html(SheetDocument sheet) {
        StringBuilder page = new StringBuilder(8192);
        page.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Collection sheet ")
                .append(text(sheet.groupId())).append(' ').append(sheet.meetingDate()).append("</title>\n<style>")
                .append("body{font-family:sans-serif;font-size:11pt}table{border-collapse:collapse;width:100%;")
                .append("margin-bottom:1em}th,td{border:1px solid #444;padding:3px 6px}td.n{text-align:right}")
                .append("td.blank{min-width:5em}@media print{.group{page-break-inside:avoid}}</style></head><body>\n")
                .append("<h1>Collection sheet: group ").append(text(sheet.groupId())).append(", meeting of ")
                .append(sheet.meetingDate()).append("</h1>\n<p>Sheet ").append(text(sheet.sheetId()))
                .append(", version ").append(text(sheet.version())).append(", amounts in ")
                .append(text(sheet.currency() == null ? "-" : sheet.currency())).append("</p>\n");
        for (SheetDocument.CohesionBlock block : sheet.cohesionGroups()) {
            page.append("<div class=\"group\"><h2>").append(text(block.name() != null ? block.name()
                    : block.cohesionGroupId() != null ? block.cohesionGroupId() : "No cohesion group"))
                    .append("</h2>\n<table><tr><th>Member</th><th>Present</th><th>Loan</th><th>Due today</th>")
                    .append("<th>Overdue</th><th>Outstanding</th><th>Paid</th><th>Savings account</th>")
                    .append("<th>Minimum deposit</th><th>Balance</th><th>Deposited</th><th>Withdrawn</th></tr>\n");
            for (SheetDocument.MemberRow member : block.members()) {
                int rows = Math.max(1, Math.max(member.loans().size(), member.savings().size()));
                for (int k = 0; k < rows; k++) {
                    page.append("<tr>");
                    if (k == 0) {
                        page.append("<td rowspan=\"").append(rows).append("\">")
                                .append(text(member.name() == null ? member.memberId()
                                        : member.name() + " (" + member.memberId() + ")"))
                                .append("</td><td rowspan=\"").append(rows).append("\" class=\"blank\"></td>");
                    }
                    if (k < member.loans().size()) {
                        SheetDocument.LoanDue loan = member.loans().get(k);
                        page.append("<td>").append(text(loan.loanId())).append("</td>")
                                .append(number(loan.installmentDue()))
                                .append(number(loan.overdue())).append(number(loan.outstanding()))
                                .append("<td class=\"blank\"></td>");
                    } else {
                        page.append("<td></td><td></td><td></td><td></td><td></td>");
                    }
                    if (k < member.savings().size()) {
                        SheetDocument.SavingsDue account = member.savings().get(k);
                        page.append("<td>").append(text(account.accountId())).append("</td>")
                                .append(number(account.minimumDeposit())).append(number(account.balance()))
                                .append("<td class=\"blank\"></td><td class=\"blank\"></td>");
                    } else {
                        page.append("<td></td><td></td><td></td><td></td><td></td>");
                    }
                    page.append("</tr>\n");
                }
            }
            totals(page, "Cohesion group total", block.totals());
            page.append("</table></div>\n");
        }
        page.append("<table>");
        totals(page, "Group total", sheet.totals());
        page.append("</table>\n<p>Cash collected: ________ &nbsp; Officer: ________ &nbsp; Signature: ________</p>")
                .append("\n</body></html>\n");
        return page.toString();
    }

    private static void totals(StringBuilder page, String label, SheetDocument.Totals totals) {
        page.append("<tr><th colspan=\"3\">").append(label).append("</th>").append(number(totals.installmentsDue()))
                .append(number(totals.overdue())).append(number(totals.outstanding())).append("<td></td><td></td>")
                .append(number(totals.savingsDue())).append(number(totals.savingsBalance()))
                .append("<td></td><td></td></tr>\n");
    }

    private static String number(BigDecimal amount) {
        return "<td class=\"n\">" + amount.toPlainString() + "</td>";
    }

    /** Escapes what a name may hold, so a member's name is printed, never run. */
    private static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public long getSize(SheetDocument sheet, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType) {
        return -1;
    }
}
