/**
 * Server rendering only (the unit tests run without a DOM): what the page
 * shows before, or without, JavaScript.
 */
import { createElement, type FunctionComponent, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Branch, BranchPicker, RunbookProgress, RunbookProvider, StepCheckbox } from '@/components/Runbook.client';
import { THEME_INIT_SCRIPT, ThemeToggle } from '@/components/ThemeToggle.client';
import { THEME_INIT_SCRIPT as FROM_LIB } from '@/lib/runbook/theme';
import { BRANCHES, STEPS } from './fixtures';

/** createElement for components whose props require children, passed as arguments as in JSX. */
function withChildren<P extends { children: ReactNode }>(
  type: (props: P) => ReactNode,
  props: Omit<P, 'children'>,
  ...children: ReactNode[]
) {
  return createElement(type as FunctionComponent<Omit<P, 'children'>>, props, ...children);
}

function render(children: ReactNode): string {
  return renderToStaticMarkup(
    withChildren(
      RunbookProvider,
      { entryId: 'sense-event-5', version: 'abcd1234', steps: STEPS, branches: BRANCHES, title: 'Événement SENSE 5', lang: 'fr' },
      children,
    ),
  );
}

describe('runbook islands on the server', () => {
  it('renders an unchecked, named checkbox', () => {
    const html = render(createElement(StepCheckbox, { stepId: 'proxy-1', label: 'Lancez l’analyseur.' }));
    // Classes are styling (Tailwind utilities such as checked:bg-ok): only the structure and state are checked.
    expect(html).toMatch(/<label class="step-check[^"]*"><input type="checkbox"[^>]*\/>.*<span class="sr-only">Étape faite : Lancez l’analyseur\.<\/span><\/label>/);
    expect(html).not.toMatch(/\schecked(="")?[\s/>]/);
  });

  it('renders every branch visible', () => {
    const html = render(withChildren(Branch, { id: 'cause-proxy', labelledBy: 'cause-proxy-title' }, 'contenu'));
    expect(html).toMatch(/^<section id="cause-proxy" class="branch[^"]*" data-branch="cause-proxy" aria-labelledby="cause-proxy-title">contenu<\/section>$/);
    expect(html).not.toMatch(/\sdata-collapsed/);
  });

  it('renders the picker with "all causes" chosen', () => {
    const html = render(createElement(BranchPicker, { question: 'Que montre le test ?' }));
    expect(html).toMatch(/<fieldset class="branch-picker[^"]*"><legend[^>]*>Que montre le test \?<\/legend>/);
    expect(html.match(/type="radio"/g)).toHaveLength(3);
    expect(html).toMatch(/<input type="radio"( class="[^"]*")? name="[^"]+" checked="" value="none"[^>]*\/> (<span>)?Afficher toutes les causes/);
    expect(html).toContain('Le service SENSE est arrêté');
  });

  it('renders progress at zero with its controls', () => {
    const html = render(createElement(RunbookProgress));
    expect(html).toContain('role="status">0 sur 5 étapes faites</p>');
    expect(html).toMatch(/<progress id="[^"]+" value="0" max="5"[^>]*><\/progress>/);
    expect(html).toContain('Progression de la procédure');
    expect(html).toContain('Réinitialiser');
    expect(html).toContain('Copier pour un ticket');
    expect(html).toContain('aria-live="polite"');
  });

  it('refuses to render outside the provider', () => {
    expect(() => renderToStaticMarkup(createElement(StepCheckbox, { stepId: 'x', label: 'x' }))).toThrow(/RunbookProvider/);
  });
});

describe('ThemeToggle on the server', () => {
  it('renders a labelled select on "Système"', () => {
    const html = renderToStaticMarkup(createElement(ThemeToggle, { lang: 'fr' }));
    expect(html).toMatch(/<label for="([^"]+)"[^>]*>Thème<\/label>.*<select id="\1"/);
    expect(html).toContain('<option value="system" selected="">Système</option>');
    expect(html).toContain('<option value="light">Clair</option><option value="dark">Sombre</option>');
  });

  it('speaks English on English pages', () => {
    const html = renderToStaticMarkup(createElement(ThemeToggle, { lang: 'en' }));
    expect(html).toMatch(/<label for="([^"]+)"[^>]*>Theme<\/label>.*<select id="\1"/);
    expect(html).toContain('<option value="system" selected="">System</option>');
  });

  it('re-exports the init script', () => {
    expect(THEME_INIT_SCRIPT).toBe(FROM_LIB);
  });
});
