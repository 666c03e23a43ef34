package org.kisti.reporting.portfolio.export;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.kisti.reporting.portfolio.PortfolioView;

/** Lets the resource method that returns a {@link PortfolioView} as JSON answer with an XLSX workbook too. */
@Provider
@Produces(PortfolioMediaTypes.XLSX)
public class PortfolioXlsxWriter extends PortfolioFileWriter {

    @Override
    public void writeTo(PortfolioView view, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream)
            throws IOException {
        httpHeaders.putSingle(HttpHeaders.CONTENT_DISPOSITION, PortfolioMediaTypes.attachment(view, "xlsx"));
        PortfolioXlsx.write(view, entityStream);
        entityStream.flush();
    }
}
