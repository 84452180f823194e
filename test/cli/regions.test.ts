import { describe, expect, it } from 'vitest';
import { regionOf } from '../../src/cli/regions';

describe('regionOf', () => {
  it('places a country of headquarters in its world region, in any case', () => {
    expect(regionOf('DE')).toBe('Europe');
    expect(regionOf('in')).toBe('Asia-Pacific');
    expect(regionOf('BR')).toBe('Latin America');
    expect(regionOf('NG')).toBe('Middle East & Africa');
    expect(regionOf('CA')).toBe('North America');
  });

  it('says when an entity names no country, or one outside the list', () => {
    expect(regionOf(undefined)).toBe('(no country)');
    expect(regionOf('AQ')).toBe('other');
  });
});
