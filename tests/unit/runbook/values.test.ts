import { describe, expect, it } from 'vitest';
import { MAX_VALUES, MAX_VALUE_LENGTH, valuesFromSearch, valuesToSearch } from '@/lib/runbook/values';

describe('valuesToSearch', () => {
  it('builds repeated v params', () => {
    expect(valuesToSearch([{ name: 'URL', value: 'https://x' }])).toBe('?v=URL%3Dhttps%3A%2F%2Fx');
    expect(valuesToSearch([])).toBe('');
    expect(valuesToSearch([{ name: 'a', value: '1' }, { name: 'b c', value: 'x=y&z' }])).toBe('?v=a%3D1&v=b+c%3Dx%3Dy%26z');
  });

  it('skips what could not be read back and caps the count', () => {
    expect(valuesToSearch([{ name: '', value: '1' }, { name: 'a=b', value: '1' }, { name: 'n', value: '  ' }])).toBe('');
    const many = Array.from({ length: 15 }, (_, i) => ({ name: `n${i}`, value: `${i}` }));
    expect(new URLSearchParams(valuesToSearch(many)).getAll('v')).toHaveLength(MAX_VALUES);
  });

  it('round-trips through valuesFromSearch', () => {
    const values = [
      { name: 'URL', value: 'https://winatp-gw-cus.microsoft.com/?a=1&b=2#frag' },
      { name: 'Code', value: '0x87D1FDE8' },
      { name: 'Message', value: 'Échec « 15 » + 100 % 😀' },
    ];
    expect(valuesFromSearch(valuesToSearch(values))).toEqual(values);
  });
});

describe('valuesFromSearch', () => {
  it('reads v params with or without the leading ?', () => {
    expect(valuesFromSearch('?v=URL%3Dhttps%3A%2F%2Fx')).toEqual([{ name: 'URL', value: 'https://x' }]);
    expect(valuesFromSearch('v=a%3D1&q=ignored&v=b%3D2')).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: '2' },
    ]);
    expect(valuesFromSearch('?v=a=1=2')).toEqual([{ name: 'a', value: '1=2' }]);
  });

  it.each([
    ['empty', ''],
    ['a lone ?', '?'],
    ['no v', '?q=0x87D1FDE8'],
    ['no =', '?v=novalue'],
    ['empty name', '?v=%3Dvalue'],
    ['empty value', '?v=name%3D'],
    ['blank value', '?v=name%3D%20%20'],
    ['broken percent-encoding', '?v=%E0%A4%A'],
    ['only a fragment', '#v=a%3D1'],
  ])('tolerates %s', (_name, search) => {
    expect(valuesFromSearch(search)).toEqual([]);
  });

  it('keeps the valid ones among junk and ignores the fragment', () => {
    expect(valuesFromSearch('?v=junk&v=%&v=a%3D1&v=%3D&v=b%3D2#v=c%3D3')).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: '2' },
    ]);
  });

  it('caps at 10 values and 500 characters each', () => {
    const search = `?${Array.from({ length: 25 }, (_, i) => `v=n${i}%3D${'x'.repeat(900)}`).join('&')}`;
    const values = valuesFromSearch(search);
    expect(values).toHaveLength(MAX_VALUES);
    expect(values[0]?.name).toBe('n0');
    for (const v of values) expect(v.value).toHaveLength(MAX_VALUE_LENGTH);
    expect(valuesFromSearch(`?v=${'n'.repeat(900)}%3D1`)[0]?.name).toHaveLength(MAX_VALUE_LENGTH);
  });

  it('never cuts a character in half', () => {
    const value = `${'x'.repeat(MAX_VALUE_LENGTH - 1)}😀tail`;
    const [read] = valuesFromSearch(valuesToSearch([{ name: 'n', value }]));
    expect(read?.value).toBe('x'.repeat(MAX_VALUE_LENGTH - 1));
  });

  it('turns control characters into spaces', () => {
    expect(valuesFromSearch('?v=URL%3Dhttps%3A%2F%2Fx%0A%0Dinjected%00')).toEqual([{ name: 'URL', value: 'https://x injected' }]);
  });

  it('does not throw on a non-string', () => {
    expect(valuesFromSearch(undefined as unknown as string)).toEqual([]);
  });
});
