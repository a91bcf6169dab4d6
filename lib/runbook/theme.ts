/**
 * Colour theme: "system" follows prefers-color-scheme (no data-theme), the
 * others pin it with <html data-theme>. The CSS keys its colours on that
 * attribute, so the same rule must run before paint (THEME_INIT_SCRIPT) and on
 * change (applyTheme), or the page would flash the wrong colours.
 *
 * THEME_INIT_SCRIPT lives here, not only in the client component: a Server
 * Component (the layout) importing a value from a 'use client' module gets a
 * client reference, not the string.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'mde-theme';

export function parseTheme(raw: unknown): Theme {
  return raw === 'light' || raw === 'dark' ? raw : 'system';
}

/** Stored value for a theme: system removes the key so the default stays the OS's. */
export function themeToStored(theme: Theme): string | null {
  return theme === 'system' ? null : theme;
}

export function applyTheme(root: { dataset: DOMStringMap }, theme: Theme): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** For a <script> in <head>: must stay ES5-safe and self-contained (it runs before any bundle). */
export const THEME_INIT_SCRIPT = `(function(){try{var t=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t;}catch(e){}})();`;
