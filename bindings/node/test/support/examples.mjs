// Runs one example of commands.yaml (generated/node/examples.test.mjs calls `check`): on a fresh
// in-memory database opened with `returnBuffers: true`, every setup command must succeed, then
// argv must reply `expect.reply` (arrays compared as multisets when `unordered`) or fail with
// exactly the text `expect.error` and the code that is its first word. Both paths run: `execute`
// (a Promise, on the thread pool) and `executeSync`, each on its own database.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ferrite = require('../../index.js');
const native = require('../../ferrite.node');

/** A bulk reply as the examples' handle returns it. */
export const b = (text) => Buffer.from(text, 'utf8');

/** A sort key for any reply value. */
function key(value) {
  if (value === null) return 'n';
  if (Buffer.isBuffer(value)) return `b:${value.toString('hex')}`;
  if (typeof value === 'bigint') return `i:${value}`;
  if (typeof value === 'string') return `s:${value}`;
  if (Array.isArray(value)) return `a:${JSON.stringify(value.map(key))}`;
  return `?:${String(value)}`;
}

/** The value with every array sorted, recursively. */
function sorted(value) {
  if (!Array.isArray(value)) return value;
  return value.map(sorted).sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

function compare(got, expect, unordered, what) {
  if ('error' in expect) {
    assert.ok(got.error, `${what}: expected the error ${JSON.stringify(expect.error)}, got a reply`);
    assert.ok(got.error instanceof Error, `${what}: not an Error`);
    assert.equal(got.error.message, expect.error, what);
    assert.equal(got.error.code, expect.error.split(' ')[0], `${what}: code`);
  } else {
    if (got.error) throw got.error;
    const [actual, wanted] = unordered ? [sorted(got.reply), sorted(expect.reply)] : [got.reply, expect.reply];
    assert.deepStrictEqual(actual, wanted, what);
  }
}

export async function check(setup, argv, expect, unordered) {
  const what = JSON.stringify(argv);
  const asyncDb = ferrite.memory({ returnBuffers: true });
  for (const cmd of setup) await asyncDb.execute(cmd);
  let got;
  try {
    got = { reply: await asyncDb.execute(argv) };
  } catch (error) {
    got = { error };
  }
  compare(got, expect, unordered, `${what} (execute)`);
  await asyncDb.close();

  const syncDb = ferrite.memory({ returnBuffers: true });
  for (const cmd of setup) syncDb.executeSync(cmd);
  try {
    got = { reply: syncDb.executeSync(argv) };
  } catch (error) {
    got = { error };
  }
  compare(got, expect, unordered, `${what} (executeSync)`);
  syncDb.closeSync();
}

/** The addon must come from the same table as the generated files. */
export function checkModelHash(hash) {
  assert.equal(native._ferriteModelHash(), hash);
}
