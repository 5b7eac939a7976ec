package be.ptrpas.spi.register;

import java.time.LocalDate;

/** A work relation (MAGDA GeefWerkrelaties): who works for which company, where, since when. */
public record Employment(
        String nationalNumber,
        String companyNumber,
        String employerName,
        Address workplace,
        LocalDate from,
        LocalDate until) {}
