/**
 * Text an .xlsx file can hold. Every part of the file is XML 1.0, whose characters are tab, line feed, carriage
 * return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF (XML 1.0, section 2.2 "Characters"): anything else (U+0000,
 * U+000B, U+FFFE, a lone surrogate…) makes the part not well-formed, and Excel repairs or refuses the file. The plan
 * validator refuses such text with its path; the file writer strips it as a second line of defence.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_ALL = new RegExp(NOT_XML.source, "gu");

/** The first character XML cannot hold, as "U+000B at character 6", or null when there is none. */
export function firstNonXmlChar(s: string): string | null {
  const m = NOT_XML.exec(s);
  if (!m) return null;
  const code = m[0].codePointAt(0)!;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")} at character ${m.index + 1}`;
}

/** The text without the characters XML cannot hold. */
export function xmlSafe(s: string): string {
  return NOT_XML.test(s) ? s.replace(NOT_XML_ALL, "") : s;
}
