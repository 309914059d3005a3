/**
 * The PDF uses pdfkit's built-in Helvetica (nothing to embed, small files), which can only show the
 * Windows-1252 character set. Everything else is spelled with look-alikes or folded to its base
 * letter; what is left (e.g. CJK) is dropped rather than printed as boxes.
 */

// The 27 characters Windows-1252 adds to Latin-1 (pdfkit maps them for the standard fonts).
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const LOOK_ALIKES: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "−": "-",
  "≥": ">=",
  "≤": "<=",
  "≈": "~",
  ʼ: "'",
  "′": "'",
  "″": '"',
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  ı: "i",
  ẞ: "SS",
  Ŀ: "L",
  ŀ: "l",
  Ħ: "H",
  ħ: "h",
  "\u00a0": " ",
  "\u2009": " ",
  "\u202f": " ",
};

/** Printable Latin-1 (not the C1 controls 0x7F–0x9F) or one of the extras. */
function representable(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

export function pdfText(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch === "\n" || (ch.length === 1 && representable(ch))) out += ch;
    else if (LOOK_ALIKES[ch] !== undefined) out += LOOK_ALIKES[ch];
    else {
      // "ă" → "a" + combining breve: keep the base letter.
      for (const part of ch.normalize("NFKD")) if (part.length === 1 && representable(part)) out += part;
    }
  }
  // A dropped word leaves its spaces behind: "Zoë 山田 Ada" → "Zoë Ada".
  return out.replace(/ {2,}/g, " ");
}
