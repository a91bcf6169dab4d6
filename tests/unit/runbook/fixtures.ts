import type { RunbookBranch, RunbookStep } from '@/lib/runbook/steps';

/** Shaped like frontmatter: two branches and common steps, with inline Markdown in the texts. */
export const ENTRY = {
  steps: [
    { id: 'step-1', text: 'Redémarrez l’appareil.', commands: [] },
    { id: 'step-2', text: 'Vérifiez l’état avec **`sc query sense`**.', commands: [{ code: 'sc query sense' }] },
  ],
  causes: [
    {
      id: 'cause-proxy',
      title: 'Le proxy bloque\nla connexion',
      answer: 'Le test de connectivité échoue',
      steps: [
        { id: 'proxy-1', text: 'Lancez [l’analyseur](/fr/guide-client-analyzer#step-2).', commands: [{ code: 'MDEClientAnalyzer.cmd' }] },
        { id: 'proxy-2', text: 'Ajoutez l’URL à la *liste d’autorisation*.', commands: [] },
      ],
    },
    {
      id: 'cause-service',
      title: 'Le service ne démarre pas',
      answer: 'Le service SENSE est arrêté',
      steps: [{ id: 'service-1', text: 'Réglez le démarrage sur `Automatique`.', commands: [{ code: 'sc config sense start= auto' }] }],
    },
  ],
};

export const STEPS: RunbookStep[] = [
  { id: 'proxy-1', label: 'Lancez l’analyseur.', branch: 'cause-proxy' },
  { id: 'proxy-2', label: 'Ajoutez l’URL à la liste d’autorisation.', branch: 'cause-proxy' },
  { id: 'service-1', label: 'Réglez le démarrage sur Automatique.', branch: 'cause-service' },
  { id: 'step-1', label: 'Redémarrez l’appareil.' },
  { id: 'step-2', label: 'Vérifiez l’état avec sc query sense.' },
];

export const BRANCHES: RunbookBranch[] = [
  { id: 'cause-proxy', title: 'Le proxy bloque la connexion', answer: 'Le test de connectivité échoue' },
  { id: 'cause-service', title: 'Le service ne démarre pas', answer: 'Le service SENSE est arrêté' },
];

export const BRANCH_IDS = BRANCHES.map((b) => b.id);

/** A Storage look-alike; `failing` makes every call throw like a blocked localStorage. */
export class FakeStorage {
  map = new Map<string, string>();
  failing = false;
  get length(): number {
    if (this.failing) throw new Error('SecurityError');
    return this.map.size;
  }
  key(index: number): string | null {
    if (this.failing) throw new Error('SecurityError');
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.failing) throw new Error('SecurityError');
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failing) throw new Error('QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failing) throw new Error('SecurityError');
    this.map.delete(key);
  }
}
