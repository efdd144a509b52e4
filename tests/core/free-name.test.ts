import { freeName } from '../../src/core/engine/free-name';

describe('freeName', () => {
  const taken = (names: string[]) => (name: string) => names.includes(name);

  it('keeps the base when it is free, else the first free numbered variant', () => {
    expect(freeName('Orders', taken([]))).toBe('Orders');
    expect(freeName('Orders', taken(['Orders']))).toBe('Orders (2)');
    expect(freeName('Orders', taken(['Orders', 'Orders (2)']))).toBe('Orders (3)');
  });

  it('takes the variants a writer names', () => {
    const sample = (attempt: number) =>
      attempt === 1 ? 'Orders (sample)' : `Orders (sample ${attempt})`;
    expect(freeName('Orders', taken(['Orders']), sample)).toBe('Orders (sample)');
    expect(freeName('Orders', taken(['Orders', 'Orders (sample)']), sample)).toBe(
      'Orders (sample 2)',
    );
  });
});
