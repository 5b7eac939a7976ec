package be.ptrpas.platform.banking;

import be.ptrpas.platform.banking.StatementRefused.Reason;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an ISO 20022 camt.053 bank statement file (BankToCustomerStatement, versions 001.02 to 001.08, as Belgian banks
 * send them) as a stream: each transaction is handed to the caller as soon as its entry ends, so a file of 100,000
 * entries never sits in memory as a tree. The JDK's own StAX parser, with DTDs and external entities switched off (a
 * DOCTYPE is refused outright). Pure: no database, no clock.
 *
 * <p>What it takes from real files: the entry's amount, direction ({@code CdtDbtInd}), reversal indicator, status and
 * dates; per transaction the payer (or payee) and their IBAN and the remittance, structured or free text. A batched
 * entry ({@code NtryDtls} with several {@code TxDtls}) becomes one transaction per detail that has an amount; a detail
 * without one (a header line some banks put first) is skipped. A statement sent twice in one file yields its
 * transactions again, marked {@link StatementTransaction#duplicateInFile()}; the same key with different content is
 * refused ({@link Reason#CONFLICTING_DUPLICATE}).
 */
public final class Camt053Parser {

    public static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.053.";
    private static final Pattern NAMESPACE = Pattern.compile(Pattern.quote(NAMESPACE_PREFIX) + "(001\\.0[2-8])");
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,13})(?:\\.(\\d+))?");
    private static final int MAX_DEPTH = 64;
    private static final int MAX_TEXT = 10_000;
    private static final int MAX_REMITTANCE = 1_000;

    /** What the file was, beyond its transactions. */
    public record Summary(String version, String messageId, int statements, int transactions, int duplicates) {}

    /**
     * Parses the whole file, handing each transaction to {@code sink} in file order.
     *
     * @throws StatementRefused when the file cannot be imported as a whole (the sink may have seen some transactions:
     *     a caller applies them in one transaction that this exception rolls back)
     */
    public Summary parse(InputStream in, Consumer<StatementTransaction> sink) {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(in);
            return new Run(xml, sink).read();
        } catch (XMLStreamException e) {
            // A limit of the request body (or another failure of the stream) surfaces as itself, not as bad XML.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
            }
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNumber() + ", column "
                            + e.getLocation().getColumnNumber();
            throw new StatementRefused(Reason.MALFORMED, "The file is not well-formed XML" + where + ".");
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private static XMLInputFactory factory() {
        // The JDK's own implementation, whatever else is on the class path (Payara ships other StAX parsers).
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The state of one parse. */
    private static final class Run {
        private final XMLStreamReader xml;
        private final Consumer<StatementTransaction> sink;
        private final List<String> path = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        /** Key → fingerprint of every transaction seen in this file. */
        private final Map<String, String> seen = new HashMap<>();

        private String version;
        private String messageId;
        private int statements;
        private int transactions;
        private int duplicates;

        private int statementDepth = -1;
        private String statementId;
        private String accountIban;
        private String accountOther;
        private int entryOrdinal;

        private int entryDepth = -1;
        private Entry entry;
        private int detailDepth = -1;
        private Detail detail;
        private String currency;

        Run(XMLStreamReader xml, Consumer<StatementTransaction> sink) {
            this.xml = xml;
            this.sink = sink;
        }

        Summary read() throws XMLStreamException {
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD ->
                        throw new StatementRefused(
                                Reason.MALFORMED, "The file declares a DTD; bank statements have none.");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new StatementRefused(
                                Reason.MALFORMED, "The file refers to an entity; bank statements have none.");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (root) {
                            checkRoot();
                            root = false;
                        }
                        start(xml.getLocalName());
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (text.length() + xml.getTextLength() > MAX_TEXT) {
                            throw malformed("An element holds more than " + MAX_TEXT + " characters.");
                        }
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {
                        // comments, processing instructions, white space between elements
                    }
                }
            }
            if (version == null) {
                throw malformed("The file is empty.");
            }
            if (statements == 0) {
                throw malformed("The file holds no statement (BkToCstmrStmt/Stmt).");
            }
            return new Summary(version, messageId, statements, transactions, duplicates);
        }

        private void checkRoot() {
            String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            Matcher matcher = NAMESPACE.matcher(namespace);
            if (!matcher.matches()) {
                throw new StatementRefused(
                        Reason.UNSUPPORTED_NAMESPACE,
                        "The file's namespace is '" + namespace + "'; the platform reads camt.053 bank statements, "
                                + NAMESPACE_PREFIX + "001.02 to 001.08.");
            }
            if (!"Document".equals(xml.getLocalName())) {
                throw malformed("The root element is " + xml.getLocalName() + ", not Document.");
            }
            version = matcher.group(1);
        }

        private void start(String name) {
            if (path.size() >= MAX_DEPTH) {
                throw malformed("The file nests elements deeper than " + MAX_DEPTH + " levels.");
            }
            path.add(name);
            text.setLength(0);
            int depth = path.size() - 1;
            if (name.equals("Stmt") && depth == 2 && path.get(1).equals("BkToCstmrStmt")) {
                statementDepth = depth;
                statements++;
                statementId = null;
                accountIban = null;
                accountOther = null;
                entryOrdinal = 0;
            } else if (name.equals("Ntry") && statementDepth >= 0 && depth == statementDepth + 1) {
                entryDepth = depth;
                entryOrdinal++;
                entry = new Entry();
            } else if (name.equals("TxDtls") && entryDepth >= 0 && depth == entryDepth + 2) {
                detailDepth = depth;
                detail = new Detail();
                entry.details.add(detail);
            }
            if (name.equals("Amt")) {
                currency = xml.getAttributeValue(null, "Ccy");
            }
        }

        private void end() {
            int depth = path.size() - 1;
            String value = text.toString().strip();
            text.setLength(0);
            if (detailDepth >= 0 && depth > detailDepth) {
                detailField(relative(detailDepth), value);
            } else if (entryDepth >= 0 && depth > entryDepth) {
                entryField(relative(entryDepth), value);
            } else if (statementDepth >= 0 && depth > statementDepth) {
                statementField(relative(statementDepth), value);
            } else if (depth == 3
                    && path.get(1).equals("BkToCstmrStmt")
                    && path.get(2).equals("GrpHdr")) {
                if (path.get(3).equals("MsgId")) {
                    messageId = value;
                }
            }
            if (depth == detailDepth) {
                detailDepth = -1;
                detail = null;
            } else if (depth == entryDepth) {
                emit();
                entryDepth = -1;
                entry = null;
            } else if (depth == statementDepth) {
                statementDepth = -1;
            }
            path.remove(depth);
        }

        private String relative(int from) {
            return String.join("/", path.subList(from + 1, path.size()));
        }

        private void statementField(String at, String value) {
            switch (at) {
                case "Id" -> statementId = value;
                case "Acct/Id/IBAN" -> accountIban = value.replace(" ", "");
                case "Acct/Id/Othr/Id" -> accountOther = value;
                default -> {
                    // balances, summaries and other statement data the import does not need
                }
            }
        }

        private void entryField(String at, String value) {
            switch (at) {
                case "NtryRef" -> entry.reference = value;
                case "Amt" -> {
                    entry.amountText = value;
                    entry.currency = currency;
                }
                case "CdtDbtInd" -> entry.direction = value;
                case "RvslInd" -> entry.reversal = "true".equalsIgnoreCase(value) || "1".equals(value);
                case "Sts", "Sts/Cd" -> {
                    if (!value.isEmpty()) {
                        entry.status = value; // 001.08 nests the code: the outer element holds no text
                    }
                }
                case "BookgDt/Dt", "BookgDt/DtTm" -> entry.bookingDate = date(value);
                case "ValDt/Dt", "ValDt/DtTm" -> entry.valueDate = date(value);
                case "AcctSvcrRef" -> entry.bankReference = value;
                case "AddtlNtryInf" -> entry.information = value;
                default -> {
                    // bank transaction codes, charges and the like
                }
            }
        }

        private void detailField(String at, String value) {
            switch (at) {
                case "Amt" -> setDetailAmount(value, 0);
                case "AmtDtls/TxAmt/Amt" -> setDetailAmount(value, 1);
                case "AmtDtls/InstdAmt/Amt" -> setDetailAmount(value, 2);
                case "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm" -> detail.debtorName = value;
                case "RltdPties/DbtrAcct/Id/IBAN" -> detail.debtorIban = value.replace(" ", "");
                case "RltdPties/Cdtr/Nm", "RltdPties/Cdtr/Pty/Nm" -> detail.creditorName = value;
                case "RltdPties/CdtrAcct/Id/IBAN" -> detail.creditorIban = value.replace(" ", "");
                case "RmtInf/Ustrd" -> {
                    if (!value.isEmpty()) {
                        detail.unstructured = detail.unstructured == null ? value : detail.unstructured + " " + value;
                    }
                }
                case "RmtInf/Strd/CdtrRefInf/Ref" -> detail.structured = value;
                default -> {
                    // references, purposes, bank codes of the transaction
                }
            }
        }

        /** A transaction's amount: its own {@code Amt} (001.04 on) before {@code TxAmt} before {@code InstdAmt}. */
        private void setDetailAmount(String value, int rank) {
            if (detail.amountRank > rank) {
                detail.amountText = value;
                detail.currency = currency;
                detail.amountRank = rank;
            }
        }

        private void emit() {
            String where = "Statement " + statementId + ", entry " + entryOrdinal;
            if (statementId == null || statementId.isEmpty()) {
                throw malformed("A statement has no Id before its entries.");
            }
            String account = accountIban != null ? accountIban : accountOther;
            if (account == null || account.isEmpty()) {
                throw malformed("Statement " + statementId + " names no account (Acct/Id).");
            }
            if (entry.amountText == null) {
                throw malformed(where + " has no amount (Amt).");
            }
            if (!"CRDT".equals(entry.direction) && !"DBIT".equals(entry.direction)) {
                throw malformed(where + " has no credit/debit indicator (CdtDbtInd CRDT or DBIT).");
            }
            if (entry.bookingDate == null) {
                throw malformed(where + " has no booking date (BookgDt).");
            }
            long entryCents = cents(entry.amountText, where);
            String base = account + "|"
                    + (entry.bankReference != null && !entry.bankReference.isEmpty()
                            ? "A:" + entry.bankReference
                            : "S:" + statementId + ":"
                                    + (entry.reference != null && !entry.reference.isEmpty()
                                            ? entry.reference
                                            : "#" + entryOrdinal));
            List<Detail> priced =
                    entry.details.stream().filter(d -> d.amountText != null).toList();
            if (entry.details.size() > 1 && !priced.isEmpty()) {
                long sum = 0;
                for (Detail d : priced) {
                    sum += cents(d.amountText, where);
                }
                String problem = sum == entryCents
                        ? null
                        : "the batch's transactions add up to " + sum + " cents, the entry to " + entryCents;
                for (int i = 0; i < entry.details.size(); i++) {
                    Detail d = entry.details.get(i);
                    if (d.amountText != null) {
                        transaction(
                                base + "|" + (i + 1),
                                d,
                                cents(d.amountText, where),
                                d.currency == null ? entry.currency : d.currency,
                                problem);
                    }
                }
            } else {
                Detail only = entry.details.isEmpty() ? new Detail() : entry.details.get(0);
                String problem = entry.details.size() > 1
                        ? "a batched entry of " + entry.details.size() + " transactions without their amounts"
                        : null;
                if (entry.details.size() > 1) {
                    // Nothing says which part paid what: the whole entry goes to review with every remittance.
                    only = new Detail();
                    for (Detail d : entry.details) {
                        only.unstructured = join(join(only.unstructured, d.structured), d.unstructured);
                    }
                }
                transaction(base, only, entryCents, entry.currency, problem);
            }
        }

        private void transaction(String key, Detail d, long cents, String currency, String problem) {
            boolean credit = "CRDT".equals(entry.direction);
            // The other party: who paid a credit, who was paid by a debit (a reversed credit names its payer).
            boolean payer = credit || entry.reversal;
            String name = payer ? first(d.debtorName, d.creditorName) : first(d.creditorName, d.debtorName);
            String iban = payer ? first(d.debtorIban, d.creditorIban) : first(d.creditorIban, d.debtorIban);
            String unstructured = d.unstructured == null && d.structured == null ? entry.information : d.unstructured;
            String remittance = join(d.structured, unstructured);
            if (remittance != null && remittance.length() > MAX_REMITTANCE) {
                remittance = remittance.substring(0, MAX_REMITTANCE);
            }
            StatementTransaction t = new StatementTransaction(
                    key,
                    statementId,
                    accountIban != null ? accountIban : accountOther,
                    entry.reference,
                    entry.bookingDate,
                    entry.valueDate,
                    cents,
                    currency == null ? "EUR" : currency,
                    credit,
                    entry.reversal,
                    entry.status == null || "BOOK".equals(entry.status),
                    RemittanceReference.recognise(d.structured, unstructured),
                    name,
                    iban,
                    remittance,
                    false,
                    problem);
            String earlier = seen.putIfAbsent(key, t.fingerprint());
            if (earlier != null) {
                if (!earlier.equals(t.fingerprint())) {
                    throw new StatementRefused(
                            Reason.CONFLICTING_DUPLICATE,
                            "Entry " + key + " appears twice in the file with different content (amount, direction, "
                                    + "date or remittance); a statement sent again must be the same.");
                }
                duplicates++;
                t = new StatementTransaction(
                        t.key(),
                        t.statementId(),
                        t.accountIban(),
                        t.entryReference(),
                        t.bookingDate(),
                        t.valueDate(),
                        t.amountCents(),
                        t.currency(),
                        t.credit(),
                        t.reversal(),
                        t.booked(),
                        t.reference(),
                        t.counterpartyName(),
                        t.counterpartyIban(),
                        t.remittance(),
                        true,
                        t.problem());
            }
            transactions++;
            sink.accept(t);
        }

        private static long cents(String amount, String where) {
            Matcher m = AMOUNT.matcher(amount);
            if (!m.matches()) {
                throw new StatementRefused(
                        Reason.INVALID_AMOUNT,
                        where + ": amount '" + amount + "' is not a positive decimal number (e.g. 12.50).");
            }
            String fraction = m.group(2) == null ? "" : m.group(2);
            if (fraction.length() > 2) {
                throw new StatementRefused(
                        Reason.INVALID_AMOUNT,
                        where + ": amount " + amount + " has " + fraction.length()
                                + " decimals; euro amounts have at most two.");
            }
            return Long.parseLong(m.group(1)) * 100 + Long.parseLong((fraction + "00").substring(0, 2));
        }

        private LocalDate date(String value) {
            try {
                return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e) {
                throw malformed(
                        "Statement " + statementId + ", entry " + entryOrdinal + ": '" + value + "' is not a date.");
            }
        }

        private StatementRefused malformed(String detail) {
            String where = xml.getLocation() == null
                    ? ""
                    : " (line " + xml.getLocation().getLineNumber() + ")";
            return new StatementRefused(Reason.MALFORMED, detail + where);
        }

        private static String first(String a, String b) {
            return a != null && !a.isEmpty() ? a : b;
        }

        private static String join(String a, String b) {
            if (a == null || a.isEmpty()) {
                return b == null || b.isEmpty() ? null : b;
            }
            return b == null || b.isEmpty() ? a : a + " " + b;
        }
    }

    private static final class Entry {
        String reference;
        String amountText;
        String currency;
        String direction;
        boolean reversal;
        String status;
        LocalDate bookingDate;
        LocalDate valueDate;
        String bankReference;
        String information;
        final List<Detail> details = new ArrayList<>();
    }

    private static final class Detail {
        String amountText;
        String currency;
        int amountRank = Integer.MAX_VALUE;
        String debtorName;
        String debtorIban;
        String creditorName;
        String creditorIban;
        String unstructured;
        String structured;
    }
}
