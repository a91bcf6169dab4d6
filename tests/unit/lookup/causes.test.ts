import { describe, expect, it } from 'vitest';
import { createCauseSelector } from '../../../lib/lookup/causes';
import { normalize } from '../../../lib/lookup/normalize';
import { FIXTURES } from './fixtures';

const selector = createCauseSelector(FIXTURES);
const select = (id: string, text: string) => selector.select(id, normalize(text));

describe('cause selection', () => {
  it('picks the branch whose own keywords appear', () => {
    expect(select('intune-error-0x87d1fde8', '0x87D1FDE8 SampleSharing')).toBe('cause-policy-key');
    expect(select('intune-error-0x87d1fde8', '0x87D1FDE8 sur OrgId')).toBe('cause-read-only-property');
    expect(select('script-event-15', 'événement 15, erreur système 577')).toBe('cause-elam-disabled');
    expect(select('script-event-15', 'sc query sense : START_PENDING')).toBe('cause-start-pending');
  });

  it('ignores keywords several branches share', () => {
    expect(select('intune-error-0x87d1fde8', '0x87D1FDE8 Onboarding')).toBeUndefined();
  });

  it('stays silent on a tie or no hint', () => {
    expect(select('script-event-15', 'START_PENDING puis erreur 577')).toBeUndefined();
    expect(select('script-event-15', 'event 15')).toBeUndefined();
  });

  it('matches whole words only', () => {
    expect(select('script-event-15', 'erreur 15770')).toBeUndefined();
    expect(select('intune-error-0x87d1fde8', 'MyOrgIdentity')).toBeUndefined();
  });

  it('knows nothing of entries without branches', () => {
    expect(select('sense-event-5', 'anything 577')).toBeUndefined();
    expect(select('unknown-id', 'anything')).toBeUndefined();
  });
});
