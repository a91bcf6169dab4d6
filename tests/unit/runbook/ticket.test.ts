import { describe, expect, it } from 'vitest';
import { ticketSummary, type TicketInput } from '@/lib/runbook/ticket';
import { BRANCHES, STEPS } from './fixtures';

const base: TicketInput = {
  lang: 'fr',
  title: 'Événement SENSE 5',
  url: 'https://portal.example/fr/sense-event-5',
  values: [],
  steps: STEPS,
  done: new Set(['proxy-1', 'step-1']),
  branchTitles: Object.fromEntries(BRANCHES.map((b) => [b.id, b.title])),
};

describe('ticketSummary', () => {
  it('lists every branch under its title, then the common steps', () => {
    expect(ticketSummary(base)).toBe(
      [
        'Événement SENSE 5',
        'https://portal.example/fr/sense-event-5',
        '',
        'Cause : Le proxy bloque la connexion',
        '- [x] 1. Lancez l’analyseur.',
        '- [ ] 2. Ajoutez l’URL à la liste d’autorisation.',
        '',
        'Cause : Le service ne démarre pas',
        '- [ ] 1. Réglez le démarrage sur Automatique.',
        '',
        'Étapes communes :',
        '- [x] 1. Redémarrez l’appareil.',
        '- [ ] 2. Vérifiez l’état avec sc query sense.',
        '',
        '2 sur 5 étapes faites',
      ].join('\n'),
    );
  });

  it('names the picked branch and leaves the others out', () => {
    const text = ticketSummary({ ...base, selectedBranch: 'cause-service', done: new Set(['service-1', 'proxy-1']) });
    expect(text).toContain('Cause retenue : Le service ne démarre pas\n- [x] 1. Réglez le démarrage sur Automatique.');
    expect(text).not.toContain('proxy');
    expect(text).not.toContain('Lancez');
    expect(text).toContain('Étapes communes :');
    expect(text.endsWith('\n1 sur 3 étapes faites')).toBe(true);
  });

  it('lists the read values, one per line, without newlines', () => {
    const text = ticketSummary({
      ...base,
      values: [
        { name: 'URL', value: 'https://x\n- [x] forged' },
        { name: '', value: 'nameless' },
        { name: 'Code', value: '0x87D1FDE8' },
      ],
    });
    expect(text).toContain('\n\nValeurs relevées :\n- URL : https://x - [x] forged\n- Code : 0x87D1FDE8\n\n');
    expect(text).not.toContain('nameless');
  });

  it('has no values section when there are none and plain steps without branches', () => {
    const text = ticketSummary({
      lang: 'fr',
      title: 'Guide',
      url: 'https://portal.example/fr/guide',
      values: [],
      steps: [
        { id: 'a', label: 'Un' },
        { id: 'b', label: 'Deux\nlignes' },
      ],
      done: new Set(['b', 'zzz']),
    });
    expect(text).toBe('Guide\nhttps://portal.example/fr/guide\n\nÉtapes :\n- [ ] 1. Un\n- [x] 2. Deux lignes\n\n1 sur 2 étapes faites');
  });

  it('falls back to the cause id and ignores an unknown pick', () => {
    const text = ticketSummary({ ...base, branchTitles: undefined, selectedBranch: 'cause-nope' });
    expect(text).toContain('Cause : cause-proxy');
    expect(text).not.toContain('Cause retenue');
    expect(text).not.toContain('cause-nope');
    expect(text.endsWith('2 sur 5 étapes faites')).toBe(true);
  });

  it('does not read inherited keys as branch titles', () => {
    const text = ticketSummary({
      ...base,
      steps: [{ id: 'a', label: 'A', branch: 'constructor' }],
      branchTitles: {},
    });
    expect(text).toContain('Cause : constructor');
  });

  it('contains no HTML', () => {
    expect(ticketSummary(base)).not.toMatch(/<[a-z/]/i);
  });
});
