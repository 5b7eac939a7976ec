package be.ptrpas.spi.register;

/** A second residence a person pays the municipality's second-residence tax for, in a given tax year. */
public record SecondResidence(String nationalNumber, Address address, int taxYear) {}
