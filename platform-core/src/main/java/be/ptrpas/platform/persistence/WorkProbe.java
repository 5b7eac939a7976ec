package be.ptrpas.platform.persistence;

/**
 * A question the background sweep asks across all municipalities at once: "which of them have work of this kind now?"
 * Each names the rows a job works off, with the same predicate as the job's own query. On PostgreSQL the function
 * {@code ptr_tenants_with_work} (changelog 023) holds the same predicates under the same keys, one static
 * {@code EXISTS} per municipality inside that municipality's row-level security; elsewhere {@link #rows} is asked
 * directly. {@code TenantsWithWorkTest} (H2) and {@code TenantsWithWorkIT} (PostgreSQL) hold both to the same answers.
 */
public enum WorkProbe {
    /** Outbox messages due for delivery (the outbox worker's due rows: pending, their time come, no live lease). */
    OUTBOX(
            "outbox",
            "outbox_message where status = 'PENDING' and next_attempt_at <= ? "
                    + "and (lease_until is null or lease_until < ?)",
            2),
    /** Stored callbacks due for processing (the same rule as the outbox). */
    CALLBACKS(
            "callbacks",
            "inbound_event where status = 'RECEIVED' and next_attempt_at <= ? "
                    + "and (lease_until is null or lease_until < ?)",
            2),
    /** Scan observations not processed yet. */
    SCAN_OBSERVATIONS("scan-observations", "scan_observation where status = 'RECEIVED'", 0),
    /** Retributions whose plate's holder is still to be looked up. */
    RETRIBUTION_HOLDERS("retribution-holders", "retribution where holder_status = 'PENDING'", 0),
    /** GAS fines (scan proposals) whose plate's holder is still to be looked up. */
    GAS_FINE_HOLDERS("gas-fine-holders", "gas_fine where holder_lookup = 'PENDING'", 0),
    /** Payment links still open, to ask the provider about. */
    OPEN_PAYMENT_LINKS("open-payment-links", "payment where kind = 'LINK' and status = 'OPEN'", 0),
    /**
     * Pass items due after today and within 7 days (Brussels days) with money open or partly paid: the due-soon
     * notices' rows (changelog 030).
     */
    DUE_SOON(
            "due-soon",
            "pass_item where money_state in ('OPEN', 'PARTLY_PAID') "
                    + "and due_date > cast(cast(? as timestamp with time zone) at time zone 'Europe/Brussels' as date) "
                    + "and due_date <= dateadd(day, 7, "
                    + "cast(cast(? as timestamp with time zone) at time zone 'Europe/Brussels' as date))",
            2);

    private final String key;
    private final String rows;
    private final int nowParameters;

    WorkProbe(String key, String rows, int nowParameters) {
        this.key = key;
        this.rows = rows;
        this.nowParameters = nowParameters;
    }

    /** The name {@code ptr_tenants_with_work} knows this probe by. */
    public String key() {
        return key;
    }

    /** {@code <table> where <predicate>}, every {@code ?} being the moment asked about. */
    String rows() {
        return rows;
    }

    int nowParameters() {
        return nowParameters;
    }
}
