import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readProjectBytes, SEED_FILE, SEED_SIDECAR } from '../helpers.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the seed in content/sources', () => {
  it('is byte for byte the collected file and its sidecar (shared/seed)', () => {
    expect(sha256(readProjectBytes(SEED_FILE))).toBe(
      'c5ce10ae843c65dcf4f6b95796809f9e6df43a0c31561aa6b75008af5985c4ef',
    );
    expect(sha256(readProjectBytes(SEED_SIDECAR))).toBe(
      '474a7a7a40b13b211b91317b1212b15c5e90600e085ea7ecfdb61ac6b321b597',
    );
  });
});
