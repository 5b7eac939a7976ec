package be.ptrpas.platform.banking;

import be.ptrpas.spi.belgian.StructuredReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Test fixtures (src/test/resources/banking) and generated camt.053 files of any size. */
public final class StatementFiles {

    private StatementFiles() {}

    public static InputStream fixture(String name) {
        InputStream in = StatementFiles.class.getResourceAsStream("/banking/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        return in;
    }

    public static byte[] fixtureBytes(String name) {
        try (InputStream in = fixture(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as another municipality's bank would send it: the same file for another account. */
    public static byte[] forAccount(String name, String iban) {
        return new String(fixtureBytes(name), StandardCharsets.UTF_8)
                .replace("BE68539007547034", iban)
                .replace("BE68 5390 0754 7034", iban)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes a camt.053 file of {@code entries} credits, as a bank writes a busy period: each entry one transfer with
     * a payer, an IBAN and an OGM, every {@code structuredEvery}-th structured (SCOR), the others typed as +++…+++.
     * The OGM of entry {@code i} is {@code StructuredReference.of(firstReference + i)}.
     *
     * @param version e.g. "001.02" (amounts in AmtDtls) or "001.08" (amounts in TxDtls/Amt, status Sts/Cd)
     */
    public static void write(
            OutputStream out,
            String version,
            String statementId,
            String iban,
            int entries,
            long firstReference,
            long amountCents,
            int structuredEvery) {
        boolean v08 = version.compareTo("001.08") >= 0;
        boolean detailAmount = version.compareTo("001.04") >= 0;
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"" + Camt053Parser.NAMESPACE_PREFIX
                    + version + "\"><BkToCstmrStmt><GrpHdr><MsgId>GEN-" + statementId
                    + "</MsgId><CreDtTm>2026-12-07T06:00:00</CreDtTm></GrpHdr><Stmt><Id>" + statementId
                    + "</Id><ElctrncSeqNb>1</ElctrncSeqNb><Acct><Id><IBAN>" + iban + "</IBAN></Id><Ccy>EUR</Ccy></Acct>"
                    + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">0.00</Amt>"
                    + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-12-01</Dt></Dt></Bal>\n");
            String amount = (amountCents / 100) + "." + String.format("%02d", amountCents % 100);
            LocalDate day = LocalDate.of(2026, 12, 1);
            for (int i = 0; i < entries; i++) {
                StructuredReference ogm = StructuredReference.of(firstReference + i);
                String date = day.plusDays(i % 28).toString();
                w.write("<Ntry><NtryRef>" + (i + 1) + "</NtryRef><Amt Ccy=\"EUR\">" + amount
                        + "</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                        + (v08 ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts>BOOK</Sts>")
                        + "<BookgDt><Dt>" + date + "</Dt></BookgDt><ValDt><Dt>" + date + "</Dt></ValDt>"
                        + "<AcctSvcrRef>" + statementId + "-" + (i + 1) + "</AcctSvcrRef>"
                        + "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn>"
                        + "</BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>"
                        + (detailAmount
                                ? "<Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                                : "<AmtDtls><TxAmt><Amt Ccy=\"EUR\">" + amount + "</Amt></TxAmt></AmtDtls>")
                        + "<RltdPties><Dbtr>"
                        + (v08 ? "<Pty><Nm>BETALER " + i + "</Nm></Pty>" : "<Nm>BETALER " + i + "</Nm>")
                        + "</Dbtr><DbtrAcct><Id><IBAN>BE71096123456769</IBAN></Id></DbtrAcct></RltdPties><RmtInf>"
                        + (i % structuredEvery == 0
                                ? "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp>"
                                        + "<Ref>" + ogm.digits() + "</Ref></CdtrRefInf></Strd>"
                                : "<Ustrd>" + ogm.formatted() + " retributie</Ustrd>")
                        + "</RmtInf></TxDtls></NtryDtls></Ntry>\n");
            }
            w.write("</Stmt></BkToCstmrStmt></Document>\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
