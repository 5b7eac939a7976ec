package be.ptrpas.platform.basket;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a citizen pays from their pass.
 *
 * @param items the pass item ids to pay, of one or several municipalities (1 to 50)
 * @param company the company number (10 digits) when paying a company's items; the token must act for it
 */
public record BasketRequest(@Schema(required = true) List<String> items, String company) {}
