package be.ptrpas.platform.pass;

import java.util.List;

/**
 * One page of a pass.
 *
 * @param items newest first
 * @param next the cursor of the next page, or null on the last one
 * @param holder whose pass it is: "person", or the company number in company mode
 */
public record PassPage(List<PassItemView> items, String next, String holder) {}
