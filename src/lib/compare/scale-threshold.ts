/**
 * Up to this many jurisdictions targeting an indicator (in one year), pages
 * show each jurisdiction's target (charts and lists of every target); above it
 * they switch to fixed-size views (distribution, quantiles, province medians),
 * so no page grows with the number of jurisdictions in the country.
 */
export const PER_JURISDICTION_LIMIT = 30;
