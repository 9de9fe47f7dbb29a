/**
 * Author names in Web of Science's forms
 * ======================================
 * `AF` writes a name in full, family name first (`Vaswani, Ashish`); `AU` and `CR` abbreviate the
 * given names to initials (`Vaswani, A`, `Vaswani A`). We hold names as written in a listing
 * (`Ashish Vaswani`): the family name is the last word unless the name already has a comma. Used by
 * the reader and by the WoS exporter, so both sides agree. Pure.
 */

export interface NameParts {
  family: string;
  given: string;
}

export function nameParts(name: string): NameParts {
  const clean = name.replace(/\s+/g, " ").trim();
  const comma = clean.indexOf(",");
  if (comma >= 0) return { family: clean.slice(0, comma).trim(), given: clean.slice(comma + 1).trim() };
  const words = clean.split(" ");
  const family = words.pop() ?? "";
  return { family, given: words.join(" ") };
}

function initials(given: string): string {
  return given
    .split(/[\s.-]+/)
    .filter((w) => w !== "")
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/** `AF` form: `Family, Given`. */
export function fullName(name: string): string {
  const { family, given } = nameParts(name);
  return given === "" ? family : `${family}, ${given}`;
}

/** `AU` form: `Family, GI`. */
export function shortName(name: string): string {
  const { family, given } = nameParts(name);
  const i = initials(given);
  return i === "" ? family : `${family}, ${i}`;
}

/** `CR` form: `Family GI` (no comma: commas separate a reference's parts). */
export function citedName(name: string): string {
  return shortName(name).replace(",", "");
}

/** `Family, Given` (AF) → `Given Family`, the way listings write names. */
export function displayName(wosName: string): string {
  const { family, given } = nameParts(wosName);
  return given === "" ? family : `${given} ${family}`;
}
