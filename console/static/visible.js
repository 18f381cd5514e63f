// visible.js: the one visible() every console page uses before it puts
// outside text on the page. Loaded before each page's own script.
"use strict";

// visible writes the characters that reorder or hide text as \uXXXX, as
// `mailflow logs` prints them: bidirectional embeddings, overrides and
// isolates (U+202A-U+202E, U+2066-U+2069: CVE-2021-42574's "Trojan
// Source"), direction marks (U+200E, U+200F, U+061C), zero-width
// characters (U+200B-U+200D, U+2060-U+2064, U+FEFF), the other characters
// that show nothing (the soft hyphen, the combining grapheme joiner, the
// Hangul fillers, Khmer's inherent vowels, the Mongolian and other
// variation selectors, the blank braille pattern: review S25C-8), line
// and paragraph separators (U+2028, U+2029), tag characters and
// supplementary variation selectors (U+E0000-U+E0FFF, as \u{e0065}) and
// control characters other than tab, newline and carriage return (C0,
// DEL, C1). A recipient, response or message id from the
// outside cannot then read as something else ("ceo\u202eelpmaxe..."
// shown reversed as another domain, "ceo\u200b@…" as "ceo@…"; reviews
// S25A-2, S25B-5).
const hiddenChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u2069\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e0fff}]/gu;
function visible(s) {
  return String(s).replace(hiddenChars, (c) => { const n = c.codePointAt(0); return n > 0xffff ? "\\u{" + n.toString(16) + "}" : "\\u" + n.toString(16).padStart(4, "0"); });
}
