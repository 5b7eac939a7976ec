// What the warden typed or pasted into the plate field. The page knows no plate formats: whether a text is a plate,
// of which country, and how it is written is the platform's to say (the check answers the plate as written, or a
// problem naming the plate field). Here only a pasted scan line is taken apart into its fields.

// A scan line's moment: an ISO-8601 date-time with its offset, as scan cars write it.
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
// A scan line's country field: two letters (ISO 3166 alpha-2).
const COUNTRY_FIELD = /^[A-Z]{2}$/;
const SEPARATORS = /[;|,\t]+/;

/**
 * A plate as typed (trimmed, left to the platform), or a scan line with fields separated by ; | , or tabs, e.g.
 * "1ABC123;BE;2026-11-24T10:00:00Z": its moment (kept, the check is judged then), its country and the one field
 * left, the plate. When more than one field is left the page cannot know which is the plate: {ambiguous} lists them.
 *
 * @returns {{plate: string, country: ?string, at: ?string, scanned: boolean, ambiguous: ?string[]}}
 */
export function readPlateInput(raw) {
  const input = (raw || '').trim();
  const fields = input.split(SEPARATORS).map(f => f.trim()).filter(f => f.length > 0);
  if (fields.length < 2) {
    return {plate: input, country: null, at: null, scanned: false, ambiguous: null};
  }
  let country = null;
  let at = null;
  const rest = [];
  for (const field of fields) {
    const upper = field.toUpperCase();
    if (!at && ISO_MOMENT.test(upper) && !isNaN(Date.parse(upper))) {
      at = new Date(upper).toISOString();
    } else if (!country && COUNTRY_FIELD.test(upper)) {
      country = upper;
    } else {
      rest.push(upper);
    }
  }
  if (rest.length !== 1) {
    return {plate: '', country: country, at: at, scanned: true, ambiguous: rest};
  }
  return {plate: rest[0], country: country, at: at, scanned: true, ambiguous: null};
}
