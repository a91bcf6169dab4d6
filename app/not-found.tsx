import Link from 'next/link';
import { SearchPanel } from '@/components/SearchPanel.client';
import { getLookupRecords } from '@/lib/lookup/corpus';
import { lookupPath } from '@/lib/routes';

export default function NotFound() {
  return (
    <>
      <h1>Page introuvable</h1>
      <p className="lead">
        Cette adresse ne correspond à aucune fiche. Cherchez le code, l’événement ou le message ci-dessous, ou revenez à{' '}
        <Link href="/">l’accueil</Link>.
      </p>
      <SearchPanel records={getLookupRecords('fr')} initialQuery="" path={lookupPath()} />
    </>
  );
}
