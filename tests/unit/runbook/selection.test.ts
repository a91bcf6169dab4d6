import { describe, expect, it, vi } from 'vitest';
import { createSelectionStore, decodeHash, resolveHash } from '@/lib/runbook/selection';
import { BRANCH_IDS, STEPS } from './fixtures';

describe('resolveHash', () => {
  it('selects a branch by its id or by one of its steps', () => {
    expect(resolveHash('#cause-proxy', STEPS, BRANCH_IDS)).toEqual({ branch: 'cause-proxy', target: 'cause-proxy' });
    expect(resolveHash('#service-1', STEPS, BRANCH_IDS)).toEqual({ branch: 'cause-service', target: 'service-1' });
    expect(resolveHash('proxy-2', STEPS, BRANCH_IDS)).toEqual({ branch: 'cause-proxy', target: 'proxy-2' });
  });

  it('ignores fragments outside branches and junk', () => {
    for (const h of ['', '#', '#step-1', '#source', '#%E0%A4%A', '#cause-nope', '#CAUSE-PROXY']) {
      expect(resolveHash(h, STEPS, BRANCH_IDS)).toBeUndefined();
    }
    expect(resolveHash('#orphan', [{ id: 'orphan', branch: 'cause-gone' }], BRANCH_IDS)).toBeUndefined();
  });

  it('decodes percent-encoded fragments and survives broken ones', () => {
    expect(decodeHash('#caf%C3%A9')).toBe('café');
    expect(decodeHash('#%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('createSelectionStore', () => {
  it('starts from the fragment, lazily, and asks to scroll to it once', () => {
    const readHash = vi.fn(() => '#proxy-2');
    const store = createSelectionStore(STEPS, BRANCH_IDS, readHash);
    expect(readHash).not.toHaveBeenCalled();
    expect(store.get()).toBe('cause-proxy');
    expect(store.get()).toBe('cause-proxy');
    expect(readHash).toHaveBeenCalledTimes(1);
    expect(store.takeScrollTarget()).toBe('proxy-2');
    expect(store.takeScrollTarget()).toBeUndefined();
  });

  it('shows everything when the fragment names no branch or cannot be read', () => {
    expect(createSelectionStore(STEPS, BRANCH_IDS, () => '#step-1').get()).toBeUndefined();
    const broken = createSelectionStore(STEPS, BRANCH_IDS, () => {
      throw new Error('no location');
    });
    expect(broken.get()).toBeUndefined();
    expect(broken.takeScrollTarget()).toBeUndefined();
  });

  it('follows fragment changes that name a branch and keeps the pick otherwise', () => {
    const store = createSelectionStore(STEPS, BRANCH_IDS, () => '');
    const listener = vi.fn();
    store.subscribe(listener);
    store.syncFromHash('#service-1');
    expect(store.get()).toBe('cause-service');
    expect(store.takeScrollTarget()).toBe('service-1');
    store.syncFromHash('#source');
    store.syncFromHash('#step-2');
    store.syncFromHash('#cause-service');
    expect(store.get()).toBe('cause-service');
    expect(store.takeScrollTarget()).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('takes picks without scrolling and rejects unknown branches', () => {
    const store = createSelectionStore(STEPS, BRANCH_IDS, () => '#proxy-1');
    const listener = vi.fn();
    const off = store.subscribe(listener);
    store.select('cause-service');
    expect(store.get()).toBe('cause-service');
    expect(store.takeScrollTarget()).toBeUndefined();
    store.select('cause-nope');
    expect(store.get()).toBeUndefined();
    store.select(undefined);
    expect(listener).toHaveBeenCalledTimes(2);
    off();
    store.select('cause-proxy');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
