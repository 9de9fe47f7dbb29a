/**
 * The usual concept name's normal form
 * ====================================
 * The fast path of concept-id normalisation (ingest/extract/concept-id.ts `normName`), shared with
 * the map: the payload leaves out a concept's id when the map can rebuild it from type and label
 * with this function (server/map/encode.ts), so both ends must fold names identically. ASCII only,
 * so it means the same in every JavaScript engine.
 *
 * For a name of ASCII letters, digits and ". + #", words joined by one space or hyphen: lower
 * case, hyphens as spaces, one plural "s" off. Null for anything else (normName's full fold).
 */
export function foldPlainName(name: string): string | null {
  let hyphen = false;
  let separated = true; // a space or hyphen here would lead, follow another, or (at the end) trail
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 43 || c === 35) {
      separated = false;
    } else if ((c === 32 || c === 45) && !separated) {
      separated = true;
      hyphen ||= c === 45;
    } else {
      return null;
    }
  }
  if (separated) return null; // empty, or a trailing space or hyphen
  let s = name.toLowerCase();
  if (hyphen) s = s.replace(/-/g, " ");
  if (s.length > 3 && s.endsWith("s") && !s.endsWith("ss")) s = s.slice(0, -1);
  return s;
}
