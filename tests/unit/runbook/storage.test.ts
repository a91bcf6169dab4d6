import { describe, expect, it, vi } from 'vitest';
import { createStoredValue, removeKeys, storageKeys } from '@/lib/runbook/storage';
import { FakeStorage } from './fixtures';

describe('createStoredValue', () => {
  it('reads, writes, removes and notifies', () => {
    const storage = new FakeStorage();
    const value = createStoredValue('k', () => storage);
    const listener = vi.fn();
    value.subscribe(listener);
    expect(value.read()).toBeNull();
    value.write('["a"]');
    expect(storage.map.get('k')).toBe('["a"]');
    expect(value.read()).toBe('["a"]');
    value.write(null);
    expect(storage.map.has('k')).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps working in memory when storage throws', () => {
    const storage = new FakeStorage();
    storage.failing = true;
    const value = createStoredValue('k', () => storage);
    expect(value.read()).toBeNull();
    expect(() => value.write('x')).not.toThrow();
    expect(value.read()).toBe('x');
    storage.failing = false;
    value.write('y');
    expect(storage.map.get('k')).toBe('y');
    expect(value.read()).toBe('y');
  });

  it('keeps working in memory without storage', () => {
    const value = createStoredValue('k', () => undefined);
    value.write('x');
    expect(value.read()).toBe('x');
    value.write(null);
    expect(value.read()).toBeNull();
  });

  it('sees changes made by someone else', () => {
    const storage = new FakeStorage();
    const value = createStoredValue('k', () => storage);
    storage.setItem('k', 'other tab');
    expect(value.read()).toBe('other tab');
  });
});

describe('storageKeys and removeKeys', () => {
  it('lists and removes, tolerating failures', () => {
    const storage = new FakeStorage();
    storage.setItem('a', '1');
    storage.setItem('b', '2');
    expect(storageKeys(storage)).toEqual(['a', 'b']);
    removeKeys(storage, ['a', 'missing']);
    expect(storageKeys(storage)).toEqual(['b']);
    storage.failing = true;
    expect(storageKeys(storage)).toEqual([]);
    expect(() => removeKeys(storage, ['b'])).not.toThrow();
    expect(storageKeys(undefined)).toEqual([]);
    expect(() => removeKeys(undefined, ['b'])).not.toThrow();
  });
});
