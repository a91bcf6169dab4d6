/**
 * The text an admin pastes into a support ticket: what the entry is, where it
 * lives, what was read from the error and which steps were done. Plain text
 * that reads as Markdown where the ticket tool renders it (task list), and
 * stays readable where it does not. Never HTML: ticket tools would show tags.
 */
import type { Lang } from '../content/schema';
import { islands } from '../i18n/islands';
import { oneLine, visibleSteps, progressText } from './steps';
import type { RunbookValue } from './values';

export type TicketInput = {
  title: string;
  url: string;
  values: readonly RunbookValue[];
  steps: readonly { id: string; label: string; branch?: string }[];
  done: ReadonlySet<string>;
  selectedBranch?: string;
  branchTitles?: Readonly<Record<string, string>>;
  lang: Lang;
};

type Group = { branch: string | undefined; steps: { id: string; label: string }[] };

function groupInOrder(steps: readonly { id: string; label: string; branch?: string }[]): Group[] {
  const groups: Group[] = [];
  for (const step of steps) {
    let group = groups.find((g) => g.branch === step.branch);
    if (!group) {
      group = { branch: step.branch, steps: [] };
      groups.push(group);
    }
    group.steps.push(step);
  }
  return groups;
}

export function ticketSummary(input: TicketInput): string {
  const t = islands(input.lang).runbook;
  const titles = input.branchTitles ?? {};
  const titleOf = (id: string) => oneLine((Object.hasOwn(titles, id) ? titles[id] : undefined) ?? '') || id;
  const lines: string[] = [oneLine(input.title), oneLine(input.url)];

  const values = input.values
    .map((v) => ({ name: oneLine(v.name), value: oneLine(v.value) }))
    .filter((v) => v.name && v.value);
  if (values.length) {
    lines.push('', t.ticketValues, ...values.map((v) => `- ${v.name}${t.colon}${v.value}`));
  }

  const visible = visibleSteps(input.steps, input.selectedBranch);
  // visibleSteps ignores a branch no step belongs to; the heading must not name it either.
  const picked = input.selectedBranch !== undefined && visible.some((s) => s.branch === input.selectedBranch);
  const groups = groupInOrder(visible);
  const hasBranches = groups.some((g) => g.branch !== undefined);
  for (const group of groups) {
    const heading =
      group.branch === undefined
        ? hasBranches
          ? t.ticketCommonSteps
          : t.ticketSteps
        : `${picked ? t.ticketChosenCause : t.ticketCause}${t.colon}${titleOf(group.branch)}`;
    lines.push('', heading);
    // Numbered per group, like the page's lists, so "étape 2" means the same thing in both.
    group.steps.forEach((s, i) => {
      lines.push(`- [${input.done.has(s.id) ? 'x' : ' '}] ${i + 1}. ${oneLine(s.label)}`);
    });
  }

  const doneCount = visible.filter((s) => input.done.has(s.id)).length;
  lines.push('', progressText(doneCount, visible.length, input.lang));
  return lines.join('\n');
}
