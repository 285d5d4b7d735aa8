import type { OutboxEntry } from '../services/notifications/outboxQueries';
import { escapeHtml } from './escapeHtml';


/** The /dev/outbox page: a plain table, newest first, every stored value escaped. */
export function renderOutboxPage(entries: OutboxEntry[]): string {
    const rows = entries
        .map(
            (entry) => `<tr>
<td>${escapeHtml(entry.createdAt.toISOString())}</td>
<td>${escapeHtml(entry.channel)}</td>
<td>${escapeHtml(entry.to)}</td>
<td dir="auto">${escapeHtml(entry.subject ?? '')}</td>
<td dir="auto"><pre>${escapeHtml(entry.body)}</pre></td>
</tr>`,
        )
        .join('\n');
    const table =
        entries.length === 0
            ? '<p>The outbox is empty.</p>'
            : `<table>
<thead><tr><th>Created</th><th>Channel</th><th>To</th><th>Subject</th><th>Body</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>Sendero dev outbox</title>
<style>body{font-family:sans-serif;margin:1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}pre{margin:0;white-space:pre-wrap}</style>
</head>
<body>
<h1>Dev outbox</h1>
<p>Emails and SMS that were not sent because no real sender is configured. Newest first. JSON: <a href="/dev/outbox.json">/dev/outbox.json</a></p>
${table}
</body>
</html>
`;
}
