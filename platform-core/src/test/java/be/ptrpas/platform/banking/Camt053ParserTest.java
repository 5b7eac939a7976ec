package be.ptrpas.platform.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.banking.RemittanceReference.Kind;
import be.ptrpas.platform.banking.StatementRefused.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Camt053ParserTest {

    private final List<StatementTransaction> read = new ArrayList<>();

    private Camt053Parser.Summary parse(String fixture) {
        return new Camt053Parser().parse(StatementFiles.fixture(fixture), read::add);
    }

    private Camt053Parser.Summary parse(byte[] file) {
        return new Camt053Parser().parse(new ByteArrayInputStream(file), read::add);
    }

    @Test
    void readsEveryKindOfReferenceABelgianStatementCarries() {
        Camt053Parser.Summary summary = parse("camt053-v02-references.xml");

        assertThat(summary).isEqualTo(new Camt053Parser.Summary("001.02", "GEBA2026120700001", 1, 8, 0));
        assertThat(read)
                .extracting(StatementTransaction::amountCents)
                .containsExactly(2450L, 1250L, 1200L, 3000L, 5800L, 4500L, 225L, 2000L);
        assertThat(read)
                .extracting(t -> t.reference())
                .containsExactly(
                        new RemittanceReference(Kind.OGM, "202600000192", true), // structured, SCOR
                        new RemittanceReference(Kind.OGM, "202600000293", true), // +++…+++
                        new RemittanceReference(Kind.OGM, "202600000394", true), // ***…***
                        new RemittanceReference(Kind.OGM, "202600000495", true), // 12 bare digits
                        new RemittanceReference(Kind.CREDITOR_REFERENCE, "RF18539007547034", true),
                        new RemittanceReference(Kind.OGM, "123456789012", false), // wrong check digit
                        RemittanceReference.NONE, // bank costs
                        RemittanceReference.NONE); // no reference at all
        StatementTransaction first = read.get(0);
        assertThat(first.key()).isEqualTo("BE68539007547034|A:0231000001");
        assertThat(first.credit()).isTrue();
        assertThat(first.reversal()).isFalse();
        assertThat(first.booked()).isTrue();
        assertThat(first.bookingDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(first.counterpartyName()).isEqualTo("JAN PEETERS");
        assertThat(first.counterpartyIban()).isEqualTo("BE71096123456769");
        assertThat(first.remittance()).isEqualTo("202600000192");
        assertThat(read.get(1).remittance()).isEqualTo("+++202/6000/00293+++ bewonerskaart");
        StatementTransaction costs = read.get(6);
        assertThat(costs.credit()).isFalse();
        assertThat(costs.remittance()).isEqualTo("KOSTEN REKENINGBEHEER NOVEMBER");
        assertThat(read).allSatisfy(t -> assertThat(t.duplicateInFile()).isFalse());
    }

    @Test
    void aBatchedEntryBecomesOneTransactionPerPricedDetailAndSkipsItsHeaderLine() {
        Camt053Parser.Summary summary = parse("camt053-v08-batch.xml");

        assertThat(summary.version()).isEqualTo("001.08");
        assertThat(read).hasSize(4);
        assertThat(read.subList(0, 3))
                .extracting(StatementTransaction::key)
                .containsExactly(
                        "BE68539007547034|A:KRED312-0001|2",
                        "BE68539007547034|A:KRED312-0001|3",
                        "BE68539007547034|A:KRED312-0001|4");
        assertThat(read).extracting(StatementTransaction::amountCents).containsExactly(2450L, 5000L, 2650L, 1500L);
        assertThat(read.subList(0, 3)).allSatisfy(t -> assertThat(t.problem()).isNull());
        assertThat(read)
                .extracting(StatementTransaction::counterpartyName)
                .containsExactly("Jan Peeters", "Els Vermeulen", "Tom Willems", "Karel Jacobs");
        assertThat(read)
                .extracting(t -> t.reference().value())
                .containsExactly("202600000596", "202600000697", "RF97GENK2026A17", "202600000701");
        // a booking date given as a date-time
        assertThat(read.get(3).bookingDate()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aBatchWhosePartsDoNotAddUpIsMarkedForReview() {
        byte[] file = new String(StatementFiles.fixtureBytes("camt053-v08-batch.xml"), StandardCharsets.UTF_8)
                .replace("<Amt Ccy=\"EUR\">101.00</Amt>", "<Amt Ccy=\"EUR\">111.00</Amt>")
                .getBytes(StandardCharsets.UTF_8);
        parse(file);
        assertThat(read.subList(0, 3))
                .allSatisfy(t -> assertThat(t.problem()).contains("add up to 10100 cents, the entry to 11100"));
    }

    @Test
    void aStatementSentTwiceInOneFileYieldsItsEntriesMarkedDuplicate() {
        Camt053Parser.Summary summary = parse("camt053-v04-resent.xml");

        assertThat(summary.statements()).isEqualTo(3);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(read)
                .extracting(StatementTransaction::key)
                .containsExactly(
                        "BE68539007547034|S:BBRU-118:118-1",
                        "BE68539007547034|S:BBRU-118:118-1",
                        "BE68539007547034|S:BBRU-119:119-1");
        assertThat(read).extracting(StatementTransaction::duplicateInFile).containsExactly(false, true, false);
    }

    @Test
    void aReversalIsADebitWithTheReversalIndicator() {
        parse("camt053-v05-reversal.xml");
        assertThat(read)
                .extracting(StatementTransaction::credit, StatementTransaction::reversal)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, false),
                        org.assertj.core.groups.Tuple.tuple(false, true));
        assertThat(read.get(1).reference().value()).isEqualTo("202600000192");
        assertThat(read.get(1).counterpartyName()).isEqualTo("Jan Peeters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"001.02", "001.03", "001.04", "001.05", "001.06", "001.07", "001.08"})
    void readsEveryVersionFrom02To08(String version) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        StatementFiles.write(file, version, "V-" + version, "BE68539007547034", 3, 2026000001L, 1250, 2);

        Camt053Parser.Summary summary = parse(file.toByteArray());

        assertThat(summary.version()).isEqualTo(version);
        assertThat(read).hasSize(3);
        assertThat(read).allSatisfy(t -> {
            assertThat(t.amountCents()).isEqualTo(1250);
            assertThat(t.reference().valid()).isTrue();
            assertThat(t.counterpartyName()).startsWith("BETALER ");
            assertThat(t.booked()).isTrue();
        });
    }

    @Test
    void refusesAnyOtherNamespace() {
        assertThatThrownBy(() -> parse("camt052-wrong-namespace.xml"))
                .isInstanceOfSatisfying(
                        StatementRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_NAMESPACE))
                .hasMessageContaining("camt.052.001.02")
                .hasMessageContaining("001.02 to 001.08");
        for (String ns : List.of(
                "urn:iso:std:iso:20022:tech:xsd:camt.053.001.01",
                "urn:iso:std:iso:20022:tech:xsd:camt.053.001.09",
                "")) {
            String xml = "<Document" + (ns.isEmpty() ? "" : " xmlns=\"" + ns + "\"") + "><BkToCstmrStmt/></Document>";
            assertThatThrownBy(() -> parse(xml.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(
                            StatementRefused.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_NAMESPACE));
        }
    }

    @Test
    void refusesAnAmountWithMoreThanTwoDecimals() {
        assertThatThrownBy(() -> parse("camt053-three-decimals.xml"))
                .isInstanceOfSatisfying(
                        StatementRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_AMOUNT))
                .hasMessageContaining("12.345 has 3 decimals");
    }

    @Test
    void refusesTheSameEntryTwiceWithDifferentContent() {
        assertThatThrownBy(() -> parse("camt053-conflicting-duplicate.xml"))
                .isInstanceOfSatisfying(
                        StatementRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICTING_DUPLICATE))
                .hasMessageContaining("BBRU-120:120-1");
    }

    @Test
    void refusesADtdAndNeverReadsAnExternalEntity() {
        assertThatThrownBy(() -> parse("camt053-xxe.xml"))
                .isInstanceOfSatisfying(
                        StatementRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
                .hasMessageNotContaining("root:");
        assertThat(read).isEmpty();
    }

    @Test
    void refusesMalformedXmlWithWhereItBroke() {
        assertThatThrownBy(() -> parse("camt053-truncated.xml"))
                .isInstanceOfSatisfying(
                        StatementRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
                .hasMessageContaining("not well-formed XML at line");
        assertThatThrownBy(() -> parse("not xml at all".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class);
        assertThatThrownBy(() -> parse(new byte[0])).isInstanceOf(StatementRefused.class);
    }

    @Test
    void refusesAnEntryWithoutItsEssentials() {
        String noDirection = new String(StatementFiles.fixtureBytes("camt053-v05-reversal.xml"), StandardCharsets.UTF_8)
                .replaceFirst("<CdtDbtInd>CRDT</CdtDbtInd>", "");
        assertThatThrownBy(() -> parse(noDirection.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        StatementRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
                .hasMessageContaining("credit/debit indicator");
    }

    @Test
    void aFailureOfTheStreamItselfIsNotReportedAsBadXml() {
        IllegalStateException tooLarge = new IllegalStateException("body too large");
        String start = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>";
        InputStream failing = new InputStream() {
            int n;

            @Override
            public int read() {
                if (n >= start.length()) {
                    throw tooLarge;
                }
                return start.charAt(n++);
            }
        };
        assertThatThrownBy(() -> new Camt053Parser().parse(failing, read::add)).isSameAs(tooLarge);
    }

    @Test
    void aHundredThousandEntriesStreamThroughInSmallMemory() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        StatementFiles.write(file, "001.02", "BIG", "BE68539007547034", 100_000, 1L, 2450, 3);
        long[] sum = {0};
        int[] count = {0};

        Camt053Parser.Summary summary = new Camt053Parser().parse(new ByteArrayInputStream(file.toByteArray()), t -> {
            sum[0] += t.amountCents();
            count[0]++;
        });

        assertThat(summary.transactions()).isEqualTo(100_000);
        assertThat(count[0]).isEqualTo(100_000);
        assertThat(sum[0]).isEqualTo(100_000L * 2450);
    }
}
