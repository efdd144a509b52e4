/**
 * The self-check's report: plain text the seller can copy (one line per check, with what
 * ODR Guard does about a failure), and the dialog page that shows it. Every piece of text in
 * the page is escaped: error messages from Sheets end up in it.
 */
import { render, t, type Locale, type Message } from '../i18n';
import { STATUS_KEYS, type CheckOutcome } from './checks';

export interface ReportHeading {
  /** When the check ran, as the spreadsheet's wall-clock time. */
  time: string;
  zone: string;
  locale: string;
}

function renderItem(locale: Locale, item: string | Message): string {
  return typeof item === 'string' ? item : render(locale, item);
}

export function outcomeLines(locale: Locale, outcome: CheckOutcome): string[] {
  const items = (outcome.items ?? []).map((i) => renderItem(locale, i));
  const detail = render(locale, {
    key: outcome.detail.key,
    params: { ...outcome.detail.params, items: items.join(t(locale, 'common.listSeparator')) },
  });
  const lines = [
    t(locale, 'selfCheck.line', { status: t(locale, STATUS_KEYS[outcome.status]), detail }),
  ];
  if (outcome.action) {
    lines.push(t(locale, 'selfCheck.ifFailed', { action: render(locale, outcome.action) }));
  }
  return lines;
}

/** The whole report as text: heading, summary, one entry per check, what became of the sheet. */
export function reportText(
  locale: Locale,
  heading: ReportHeading,
  outcomes: readonly CheckOutcome[],
  sheetNote: Message,
): string {
  const failed = outcomes.filter((o) => o.status === 'failed').length;
  const summary =
    failed === 0
      ? t(locale, 'selfCheck.summary.ok', { count: outcomes.length })
      : t(locale, 'selfCheck.summary.problems', { failed, count: outcomes.length });
  return [
    t(locale, 'selfCheck.heading', { ...heading }),
    summary,
    '',
    ...outcomes.flatMap((o) => outcomeLines(locale, o)),
    '',
    render(locale, sheetNote),
  ].join('\n');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The dialog: the report in a read-only text box (selectable, so it can be copied by hand too),
 * a Copy button and Close. The small script is ES5 and reads only its own page.
 */
export function reportPage(locale: Locale, report: string, failed: boolean): string {
  const e = (key: Parameters<typeof t>[1]) => escapeHtml(t(locale, key));
  const lang = locale === 'zh' ? 'zh-CN' : 'en';
  return `<!doctype html>
<html lang="${lang}">
<head>
<base target="_top">
<meta charset="utf-8">
<style>
body{font:13px/1.4 Arial,sans-serif;margin:0;padding:12px 16px;color:#202124}
p{margin:0 0 8px}
textarea{box-sizing:border-box;width:100%;height:300px;font:12px/1.45 Menlo,Consolas,monospace;
white-space:pre-wrap;border:1px solid #dadce0;border-radius:4px;padding:8px;resize:vertical}
.failed textarea{border-color:#d93025}
.row{display:flex;gap:8px;justify-content:flex-end;align-items:center;margin-top:10px}
button{font:inherit;padding:6px 14px;border-radius:4px;border:1px solid #dadce0;background:#fff;cursor:pointer}
button.primary{background:#1a73e8;border-color:#1a73e8;color:#fff}
#copied{color:#188038}
</style>
</head>
<body class="${failed ? 'failed' : 'ok'}" data-testid="self-check" data-failed="${failed}">
<p>${e('selfCheck.intro')}</p>
<textarea id="report" data-testid="self-check-report" readonly>${escapeHtml(report)}</textarea>
<div class="row">
<span id="copied" data-testid="self-check-copied" hidden>${e('selfCheck.copied')}</span>
<button type="button" id="copy" data-testid="self-check-copy" class="primary">${e('selfCheck.copy')}</button>
<button type="button" id="close" data-testid="self-check-close">${e('selfCheck.close')}</button>
</div>
<script>
(function () {
  var box = document.getElementById('report');
  function copied() { document.getElementById('copied').hidden = false; }
  document.getElementById('copy').addEventListener('click', function () {
    box.focus();
    box.select();
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(box.value).then(copied, function () {
        if (document.execCommand('copy')) copied();
      });
    } else if (document.execCommand('copy')) {
      copied();
    }
  });
  document.getElementById('close').addEventListener('click', function () {
    if (window.google && google.script && google.script.host) google.script.host.close();
  });
})();
</script>
</body>
</html>
`;
}
