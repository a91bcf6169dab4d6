#!/usr/bin/env node
/**
 * Writes tests/unit/content/catalogue-literals.json: the literal strings the
 * SENSE catalogue and the installer carry, read from the source files the
 * project was given (../shared/sources, never committed), so the content
 * tests can check every entry against them without reading outside the
 * repository. Run again when a source changes:
 *
 *   node tools/extract-catalogue-literals.mjs [path/to/sources]
 *
 * What is kept, per source (facts, not prose):
 * - en/event-error-codes.md: ID → message of the Operational table, and of
 *   the System-log table (`&apos;` and the backticks around `Node's` undone,
 *   as on the rendered page);
 * - fr/event-error-codes.md: ID → message of the (older) French table;
 * - en/sense-provider-messages.md: ID → the template Windows writes;
 * - en/install-ps1-exit-codes.md: exit code → name and the messages printed
 *   before exiting with it (codes the script never raises are left out).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = process.argv[2] ?? join(root, '..', 'shared', 'sources');
const read = (p) => readFileSync(join(sources, p), 'utf8');

/** Table rows `|id|message|…` of a Markdown table, in the order of the file. */
function rows(text, from = 0, to = text.length) {
  const out = [];
  for (const line of text.slice(from, to).split('\n')) {
    const m = /^\s*\|\s*([0-9]+)\s*\|([^|]*)\|/.exec(line);
    if (m) out.push([Number(m[1]), m[2].trim()]);
  }
  return out;
}

const clean = (s) => s.replace(/&apos;/g, "'").replace(/&#39;/g, "'").replace(/`([^`]*'[^`]*)`/g, '$1');

const en = read('en/event-error-codes.md');
const systemAt = en.indexOf('## View Defender for Endpoint events in the System event log');
const operational = Object.fromEntries(rows(en, 0, systemAt).map(([id, m]) => [id, clean(m)]));
const system = Object.fromEntries(rows(en, systemAt).map(([id, m]) => [id, clean(m)]));
const fr = Object.fromEntries(rows(read('fr/event-error-codes.md')).map(([id, m]) => [id, clean(m)]));
const provider = Object.fromEntries(rows(read('en/sense-provider-messages.md')).map(([id, m]) => [id, m]));

const installer = {};
for (const line of read('en/install-ps1-exit-codes.md').split('\n')) {
  const m = /^\|\s*([0-9]+)\s*\|\s*(ERR_[A-Z_]+)\s*\|[^|]*\|(.*)\|\s*$/.exec(line);
  if (!m || /never used/.test(m[3]) || /-ErrorAction/.test(m[3])) continue;
  // Each message is a PowerShell string literal: "…" or '…', before its (Lnnn).
  const messages = [...m[3].matchAll(/`(["'])(.*?)\1`\s*\(L[0-9]+\)/g)].map((x) => x[2].replace(/`'/g, "'"));
  installer[m[1]] = { name: m[2], messages: [...new Set(messages)] };
}

const out = { operational, system, fr, provider, installer };
writeFileSync(join(root, 'tests', 'unit', 'content', 'catalogue-literals.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(
  `catalogue-literals.json: ${Object.keys(operational).length} Operational IDs, ${Object.keys(system).length} System, ${Object.keys(fr).length} French, ${Object.keys(provider).length} provider templates, ${Object.keys(installer).length} installer codes`,
);
