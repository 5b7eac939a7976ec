package be.ptrpas.platform.document;

import be.ptrpas.spi.belgian.CompanyNumber;

/**
 * Who issues an item when it is not the municipality itself: under a concession, an autonomous municipal company or
 * an intermunicipal association the operator issues retributions in the municipality's name, and the document says
 * so. For the municipality's own items (and always for GAS fines) a document has no issuer.
 *
 * @param name the operator's name
 * @param companyNumber its number in the Crossroads Bank for Enterprises, or null
 */
public record Issuer(String name, CompanyNumber companyNumber) {}
