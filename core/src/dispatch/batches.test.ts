import { describe, expect, it } from 'vitest';
import { batchTargets } from './batches';

describe('D3/D6 batch head counts', () => {
  const groupable = (m: number): boolean => Math.ceil(m / 4) <= Math.floor(m / 3);

  it('are as even as the caps allow and never a count groups of 3–4 cannot hold', () => {
    expect(batchTargets(13, 4, 4, groupable)).toEqual([4, 3, 3, 3]);
    expect(batchTargets(21, 4, 6, groupable)).toEqual([6, 6, 6, 3]);
    expect(batchTargets(45, 4, 12, groupable)).toEqual([12, 11, 11, 11]);
    expect(batchTargets(6, 4, 2, groupable)).toBeNull();
  });
});
