import { LookupPage, lookupMetadata, type LookupPageProps } from '../lookup-page';

export function generateMetadata({ params }: LookupPageProps) {
  return lookupMetadata(params, 'recherche');
}

export default function Page(props: LookupPageProps) {
  return <LookupPage {...props} slug="recherche" />;
}
