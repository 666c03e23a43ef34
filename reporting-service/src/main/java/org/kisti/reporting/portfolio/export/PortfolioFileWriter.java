package org.kisti.reporting.portfolio.export;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.kisti.reporting.portfolio.PortfolioView;

/** What the report's file formats share: they write a {@link PortfolioView} and nothing else. */
abstract class PortfolioFileWriter implements MessageBodyWriter<PortfolioView> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return PortfolioView.class.isAssignableFrom(type);
    }
}
