/**
 * The "trivial normalisation" under which two aliases count as the same name: compatibility
 * decomposition, accents dropped, case folded, apostrophes unified, and hyphens, dashes and
 * spaces made equal. It is deliberately at least as loose as the matcher's equivalence
 * (accents optional, "Nagorno Karabakh" = "Nagorno-Karabakh"), so that any two aliases the
 * matcher could confuse are caught by the validator.
 */
export function aliasKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´ʼ′]/gu, "'")
    .replace(/[\s\-‐‑‒–—―]+/gu, ' ')
    .trim();
}

/** The same, keeping case: how two case-sensitive aliases are compared. */
export function aliasKeyKeepingCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´ʼ′]/gu, "'")
    .replace(/[\s\-‐‑‒–—―]+/gu, ' ')
    .trim();
}
