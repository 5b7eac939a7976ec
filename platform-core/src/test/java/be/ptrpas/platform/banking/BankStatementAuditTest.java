package be.ptrpas.platform.banking;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.common.json.Json;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the audit trail keeps of an imported entry: the money and the outcome, never the payer. */
class BankStatementAuditTest {

    @Test
    void anImportedEntryIsAuditedWithItsOutcomeAndWithoutThePayer() {
        BankStatementResult.Line line = new BankStatementResult.Line(
                "BE68539007547034|A:0231000002",
                LocalDate.of(2026, 12, 4),
                1250,
                true,
                false,
                "+++202/6000/00293+++",
                "PARTLY_PAID",
                null,
                "payment",
                "p-1",
                750);

        String json = Json.write(new BankStatementService.EntryAudit("import-1", line));

        assertThat(json)
                .contains("\"importId\":\"import-1\"")
                .contains("\"outcome\":\"PARTLY_PAID\"")
                .contains("\"remainingCents\":750")
                .contains("2026-12-04");
        assertThat(Json.write(new BankStatementResult(
                        "i", "001.02", "m", 1, java.util.Map.of("SETTLED", 1), java.util.List.of(line))))
                .contains("\"counts\":{\"SETTLED\":1}");
    }
}
