/** The drop zone and the report view render (server-side, no browser): cards with the values read, problems, the ticket button. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LogDrop, LogReportView } from '../../../components/LogDrop.client';
import { input, read, records } from './helpers';

describe('components/LogDrop.client.tsx', () => {
  it('renders the drop zone, the file picker and the privacy note', () => {
    const html = renderToStaticMarkup(createElement(LogDrop, { lang: 'fr', records: records('fr') }));
    expect(html).toContain('data-testid="log-drop-zone"');
    expect(html).toContain('type="file"');
    expect(html).toContain('accept=".evtx,.xml,.csv,.txt,.zip"');
    expect(html).toContain('rien n’est envoyé');
  });

  it('renders a report: the sense-event-5 card with its URL, the timeline, the other events, the problems', async () => {
    const report = await read([input('sense.evtx'), input('sense-truncated.evtx')], 'en');
    const html = renderToStaticMarkup(
      createElement(LogReportView, { report, cancelled: false, records: records('en'), lang: 'en', knownOnly: false, setKnownOnly: () => {}, renderCard: undefined, onClear: () => {} }),
    );
    expect(html).toContain('data-result-id="sense-event-5"');
    expect(html).toContain('https://winatp-gw-weu.microsoft.com/');
    expect(html).toContain('data-testid="log-timeline"');
    expect(html).toContain('data-testid="log-others"');
    expect(html).toContain('data-code="evtx-truncated"');
    expect(html).toContain('Copy the report for a ticket');
    const known = renderToStaticMarkup(
      createElement(LogReportView, { report, cancelled: true, records: records('en'), lang: 'en', knownOnly: true, setKnownOnly: () => {}, renderCard: undefined, onClear: () => {} }),
    );
    expect(known).not.toContain('data-testid="log-others"');
    expect(known).toContain('Reading cancelled');
  });
});
