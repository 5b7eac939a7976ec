/**
 * Belgian identifiers as small value types, so that the platform, its plug-ins and the test kit check them with one
 * rule: {@link be.ptrpas.spi.belgian.NationalNumber} (rijksregisternummer / INSZ),
 * {@link be.ptrpas.spi.belgian.CompanyNumber} (ondernemingsnummer / KBO) and
 * {@link be.ptrpas.spi.belgian.StructuredReference} (gestructureerde mededeling / OGM). All three carry a modulo-97
 * check. Each type offers {@code parse} (the written forms people use, empty when invalid), {@code isValid} (on bare
 * digits), a validating constructor and {@code formatted()}. JDK only, like the rest of the SPI.
 *
 * @since SPI 1.1
 */
package be.ptrpas.spi.belgian;
