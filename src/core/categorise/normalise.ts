/** The one text normalisation the keyword rules and the model share. */

/** Lower case, accents and width folded, ß → ss, curly quotes straightened; keeps an index map. */
export function normalise(text: string): { norm: string; from: number[] } {
  // Plain ASCII (most English comments) needs no per-character work.
  if (/^[ -~\t\n\r]*$/.test(text)) {
    const from: number[] = new Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) from[i] = i;
    return { norm: text.toLowerCase().replace(/`/g, "'"), from };
  }
  let norm = '';
  const from: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    let n: string;
    if (cp < 0x80) n = ch.toLowerCase();
    else {
      n = ch
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
      if (/[\u2018\u2019\u02bc\u00b4]/.test(n)) n = "'";
      else if (/[\u201c\u201d\u201e\u00ab\u00bb]/.test(n)) n = '"';
      else if (n === '\u00df') n = 'ss';
    }
    if (n === '`') n = "'";
    for (let k = 0; k < n.length; k++) from.push(i);
    norm += n;
    i += ch.length;
  }
  from.push(text.length);
  return { norm, from };
}
