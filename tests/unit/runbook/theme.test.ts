import { describe, expect, it } from 'vitest';
import { THEME_INIT_SCRIPT, THEME_STORAGE_KEY, applyTheme, parseTheme, themeToStored } from '@/lib/runbook/theme';

function runInitScript(stored: string | null | Error): DOMStringMap {
  const dataset: DOMStringMap = {};
  const localStorage = {
    getItem(key: string) {
      if (stored instanceof Error) throw stored;
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  // The script reads globals; parameters of the same names stand in for them.
  new Function('document', 'localStorage', THEME_INIT_SCRIPT)({ documentElement: { dataset } }, localStorage);
  return dataset;
}

describe('theme', () => {
  it('parses only known stored values', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    for (const junk of [null, undefined, '', 'system', 'DARK', '"dark"', 42]) expect(parseTheme(junk)).toBe('system');
  });

  it('stores nothing for system', () => {
    expect(themeToStored('system')).toBeNull();
    expect(themeToStored('dark')).toBe('dark');
  });

  it('sets or removes data-theme', () => {
    const root = { dataset: {} as DOMStringMap };
    applyTheme(root, 'dark');
    expect(root.dataset.theme).toBe('dark');
    applyTheme(root, 'system');
    expect('theme' in root.dataset).toBe(false);
  });

  it('has an init script that agrees with applyTheme and never throws', () => {
    expect(runInitScript('dark').theme).toBe('dark');
    expect(runInitScript('light').theme).toBe('light');
    expect(runInitScript('<img onerror>').theme).toBeUndefined();
    expect(runInitScript(null).theme).toBeUndefined();
    expect(() => runInitScript(new Error('SecurityError'))).not.toThrow();
    expect(THEME_INIT_SCRIPT).not.toContain('</script');
  });
});
