package org.kisti.reporting.portfolio.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.kisti.reporting.portfolio.PortfolioView;

class PortfolioWritersTest {

    private static final Annotation[] NONE = new Annotation[0];
    private static final MediaType CSV = new MediaType("text", "csv");
    private static final MediaType XLSX =
            new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    @Test
    void theCsvWriterSendsUtf8TextAsAnAttachmentNamedAfterTheReport() throws IOException {
        PortfolioView view = PortfolioViews.view();
        new PortfolioCsvWriter().writeTo(view, PortfolioView.class, PortfolioView.class, NONE, CSV, headers, body);

        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"portfolio-org-demo-2026-03-31.csv\"");
        assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo(new MediaType("text", "csv", "UTF-8"));
        assertThat(body.toString(StandardCharsets.UTF_8))
                .startsWith("orgId,asOf,from,groupBy,key,label,figure,currency,value\r\n");
    }

    @Test
    void nonAsciiLabelsAreWrittenInUtf8() throws IOException {
        PortfolioView view = PortfolioViews.view();
        PortfolioView bengali = new PortfolioView(view.orgId(), view.asOf(), view.from(), view.groupBy(),
                view.totals(), List.of(new PortfolioView.Row("br-1", "ঘাটাইল", view.rows().get(0).figures())),
                view.provenance());
        new PortfolioCsvWriter().writeTo(bengali, PortfolioView.class, PortfolioView.class, NONE, CSV, headers, body);

        assertThat(body.toString(StandardCharsets.UTF_8)).contains(",ঘাটাইল,");
    }

    @Test
    void theXlsxWriterSendsAWorkbookAsAnAttachmentNamedAfterTheReport() throws IOException {
        new PortfolioXlsxWriter().writeTo(PortfolioViews.view(), PortfolioView.class, PortfolioView.class, NONE, XLSX,
                headers, body);

        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"portfolio-org-demo-2026-03-31.xlsx\"");
        assertThat(ReadableWorkbook.isOOXMLZipHeader(body.toByteArray())).isTrue();
    }

    @Test
    void anOrganisationIdCannotBreakOutOfTheFileName() {
        PortfolioView view = PortfolioViews.view();
        PortfolioView hostile = new PortfolioView("a\"b\r\nSet-Cookie: x", view.asOf(), view.from(), null,
                view.totals(), List.of(), List.of());

        assertThat(PortfolioMediaTypes.attachment(hostile, "csv"))
                .isEqualTo("attachment; filename=\"portfolio-a_b__Set-Cookie__x-2026-03-31.csv\"");
    }

    @Test
    void bothWritersTakeOnlyPortfolioViews() {
        assertThat(new PortfolioCsvWriter().isWriteable(PortfolioView.class, PortfolioView.class, NONE, CSV)).isTrue();
        assertThat(new PortfolioXlsxWriter().isWriteable(PortfolioView.class, PortfolioView.class, NONE, XLSX))
                .isTrue();
        assertThat(new PortfolioCsvWriter().isWriteable(String.class, String.class, NONE, CSV)).isFalse();
        assertThat(new PortfolioXlsxWriter().isWriteable(String.class, String.class, NONE, XLSX)).isFalse();
    }
}
