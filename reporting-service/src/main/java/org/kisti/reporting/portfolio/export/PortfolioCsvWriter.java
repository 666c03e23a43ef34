package org.kisti.reporting.portfolio.export;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.kisti.reporting.portfolio.PortfolioView;

/** Lets the resource method that returns a {@link PortfolioView} as JSON answer {@code Accept: text/csv} too. */
@Provider
@Produces(PortfolioMediaTypes.CSV)
public class PortfolioCsvWriter extends PortfolioFileWriter {

    @Override
    public void writeTo(PortfolioView view, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream)
            throws IOException {
        // Labels are often in Bengali: say the charset rather than let a client guess ISO-8859-1 for text/*.
        httpHeaders.putSingle(HttpHeaders.CONTENT_TYPE, mediaType.withCharset(StandardCharsets.UTF_8.name()));
        httpHeaders.putSingle(HttpHeaders.CONTENT_DISPOSITION, PortfolioMediaTypes.attachment(view, "csv"));
        Writer out = new OutputStreamWriter(entityStream, StandardCharsets.UTF_8);
        PortfolioCsv.write(view, out);
        // Flush, never close: the container owns the entity stream.
        out.flush();
    }
}
