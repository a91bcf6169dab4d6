import type { ExtractedValue } from '@/lib/lookup/types';
import { factTerm, factValue, inlineCode } from './ui';

/**
 * Values read from a paste (URL, failure code…) as name/value rows of a <dl>;
 * wrapped in divs so they can sit inside another definition list.
 */
export function ValueRows({ values }: { values: readonly ExtractedValue[] }) {
  return values.map((v) => (
    <div key={`${v.name}=${v.value}`} className="contents">
      <dt className={factTerm}>{v.name}</dt>
      <dd className={factValue}>
        <code className={inlineCode}>{v.value}</code>
      </dd>
    </div>
  ));
}
