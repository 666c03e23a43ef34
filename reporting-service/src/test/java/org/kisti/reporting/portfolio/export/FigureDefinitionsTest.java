package org.kisti.reporting.portfolio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.kisti.reporting.portfolio.PortfolioFigures;

class FigureDefinitionsTest {

    @Test
    void theFamiliesAreTheFiguresOfTheModelInItsOrder() {
        assertThat(FigureDefinitions.ALL.keySet()).containsExactly(componentNames());
    }

    @Test
    void theDefinitionsAreTheWordsOfTheSchema() {
        Map<String, String> described = new LinkedHashMap<>();
        for (RecordComponent component : PortfolioFigures.class.getRecordComponents()) {
            Schema schema = component.getAccessor().getAnnotation(Schema.class);
            if (schema != null && !schema.description().isEmpty()) {
                described.put(component.getName(), schema.description());
            }
        }
        // loansDisbursed alone has no description in the schema.
        assertThat(described).doesNotContainKey("loansDisbursed").hasSize(FigureDefinitions.ALL.size() - 1);
        assertThat(FigureDefinitions.ALL).containsAllEntriesOf(described);
    }

    @Test
    void everyExportedFigureHasADefinition() {
        assertThat(FigureCells.of(PortfolioViews.totals()))
                .allSatisfy(cell -> assertThat(FigureDefinitions.ALL).containsKey(family(cell.figure())));
    }

    private static String family(String figure) {
        int dot = figure.indexOf('.');
        return dot < 0 ? figure : figure.substring(0, dot);
    }

    private static String[] componentNames() {
        RecordComponent[] components = PortfolioFigures.class.getRecordComponents();
        String[] names = new String[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
        }
        return names;
    }
}
