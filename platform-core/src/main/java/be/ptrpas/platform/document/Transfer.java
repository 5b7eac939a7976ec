package be.ptrpas.platform.document;

import be.ptrpas.spi.belgian.StructuredReference;

/**
 * Where and how to pay by bank transfer: printed on the document and put in its EPC QR code.
 *
 * @param beneficiaryName the account holder (trimmed, at most 70 characters: the EPC QR code's limit)
 * @param iban the beneficiary's IBAN, with or without spaces
 * @param bic the bank's BIC, or null (optional for a SEPA transfer)
 * @param reference the structured reference (OGM) that identifies this item's payment
 */
public record Transfer(String beneficiaryName, String iban, String bic, StructuredReference reference) {}
