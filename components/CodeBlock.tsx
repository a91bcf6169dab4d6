import type { Command } from '@/lib/content/schema';
import { CopyButton } from './CopyButton.client';

const TYPE_LABEL: Record<Command['type'], string> = {
  cmd: 'Commande',
  powershell: 'PowerShell',
  registry: 'Clé de Registre',
  path: 'Chemin',
  xml: 'Entrée de stratégie',
  text: 'Texte',
};

/** A command, registry path or file path with a copy button that copies exactly `code`. */
export function CodeBlock({ code, type = 'cmd', elevated = false }: { code: string; type?: Command['type']; elevated?: boolean }) {
  return (
    <div className="code-block" data-code-type={type}>
      <div className="code-block-bar">
        <span className="code-block-label">{TYPE_LABEL[type]}</span>
        {elevated ? (
          <span className="badge badge-warn" title="À exécuter dans une invite ouverte avec « Exécuter en tant qu’administrateur »">
            Invite administrateur requise
          </span>
        ) : null}
        <CopyButton text={code} label={`Copier : ${code.length > 60 ? `${code.slice(0, 57)}…` : code}`} />
      </div>
      <pre tabIndex={0} aria-label={TYPE_LABEL[type]}>
        <code>{code}</code>
      </pre>
    </div>
  );
}
