// Opening, persistence across reopen, the directory lock, closing (RELIABILITY.md R10 for
// Node.js: a closed handle throws with a stable code), and scanIterator.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const require = createRequire(import.meta.url);
const ferrite = require('ferrite-embedded');

function scratch(t) {
  const dir = mkdtempSync(join(tmpdir(), 'ferrite-node-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'db');
}

describe('persistence', () => {
  test('data survives close and reopen', async (t) => {
    const path = scratch(t);
    const db = ferrite.open(path);
    await db.set('greeting', 'hello');
    await db.hsetMultiple('user:1', [['name', 'Ada'], ['lang', 'en']]);
    await db.zadd('board', [[10, 'a'], [20, 'b']]);
    await db.set(Buffer.from([0xff, 0]), Buffer.from([1, 2, 3]));
    await db.close();
    assert.equal(db.closed, true);

    const again = ferrite.open(path, { returnBuffers: true });
    assert.deepEqual(await again.get('greeting'), Buffer.from('hello'));
    assert.deepEqual({ ...(await again.hgetall('user:1')) }, { name: Buffer.from('Ada'), lang: Buffer.from('en') });
    assert.deepEqual(await again.zrangeWithScores('board', 0, -1), [
      { member: Buffer.from('a'), score: 10 },
      { member: Buffer.from('b'), score: 20 },
    ]);
    assert.deepEqual(await again.get(Buffer.from([0xff, 0])), Buffer.from([1, 2, 3]));
    await again.close();
  });

  test('a transaction and sync modes persist; sync and snapshot', async (t) => {
    const path = scratch(t);
    const db = ferrite.open(path, { syncMode: 'full' });
    await db.transaction(async (tx) => {
      tx.set('a', '1');
      tx.set('b', '2');
    });
    db.transactionSync((tx) => tx.incr('a'));
    await db.sync();
    db.syncSync();
    await db.snapshot();
    db.snapshotSync();
    assert.ok(db.stats().snapshots >= 2);
    db.closeSync();
    const again = ferrite.open(path);
    assert.deepEqual(again.mgetSync(['a', 'b']), ['2', '2']);
    again.closeSync();
  });

  test('a second open of an open directory is LOCKED; close releases it', async (t) => {
    const path = scratch(t);
    const db = ferrite.open(path);
    assert.throws(() => ferrite.open(path), (err) => err instanceof Error && err.code === 'LOCKED' && /already open/.test(err.message));
    await db.close();
    const again = ferrite.open(path);
    again.closeSync();
  });
});

describe('leaving without close()', () => {
  // A process that ends without closing its database (process.exit(), an uncaught exception,
  // the loop running dry) still leaves every acknowledged write on disk, even in sync mode
  // 'none': index.js flushes open databases on 'exit', as a dropped Rust handle flushes.
  for (const [how, tail] of [
    ['the loop runs dry', ''],
    ['process.exit()', 'process.exit(3);'],
    ['an uncaught exception', "throw new Error('boom');"],
  ]) {
    test(`keeps the writes when ${how}`, (t) => {
      const path = scratch(t);
      const index = JSON.stringify(new URL('../index.js', import.meta.url).pathname);
      const program = `const db = require(${index}).open(${JSON.stringify(path)}, { syncMode: 'none' });
        db.setSync('k', 'written');
        db.transaction(async (tx) => tx.incr('n')).then(() => { ${tail} });`;
      const child = spawnSync(process.execPath, ['-e', program], { encoding: 'utf8' });
      assert.equal(child.status, tail === '' ? 0 : tail.startsWith('throw') ? 1 : 3, child.stderr);
      const db = ferrite.open(path);
      assert.deepEqual(db.mgetSync(['k', 'n']), ['written', '1']);
      db.closeSync();
    });
  }
});

describe('a closed handle', () => {
  test('every kind of call fails with code CLOSED; closing again does nothing', async () => {
    const db = ferrite.memory();
    await db.set('k', 'v');
    await db.close();
    const closed = { code: 'CLOSED', message: 'CLOSED the database is closed' };
    await assert.rejects(db.get('k'), closed);
    assert.throws(() => db.getSync('k'), closed);
    await assert.rejects(db.zadd('z', [[1, 'a']]), closed);
    assert.throws(() => db.hgetallSync('h'), closed);
    await assert.rejects(db.execute(['PING']), closed);
    assert.throws(() => db.executeSync(['GET', 'k']), closed);
    await assert.rejects(db.transaction(async (tx) => tx.set('k', 'v')), closed);
    assert.throws(() => db.transactionSync((tx) => tx.set('k', 'v')), closed);
    await assert.rejects(db.scanIterator().next(), closed);
    await assert.rejects(db.sync(), closed);
    assert.throws(() => db.snapshotSync(), closed);
    assert.throws(() => db.stats(), closed);
    await db.close();
    db.closeSync();
    assert.equal(db.closed, true);
  });

  test('commands in flight when close is called finish first or fail CLOSED', async () => {
    const db = ferrite.memory();
    const calls = Array.from({ length: 200 }, (_, i) => db.set(`k${i}`, 'v'));
    const closing = db.close();
    const late = db.get('k0');
    const settled = await Promise.allSettled([...calls, closing, late]);
    for (const s of settled) {
      if (s.status === 'rejected') assert.equal(s.reason.code, 'CLOSED');
    }
    assert.equal(settled[200].status, 'fulfilled');
  });
});

describe('scanIterator', () => {
  test('yields every matching key exactly once (on a quiet database)', async () => {
    const db = ferrite.memory();
    const want = new Set();
    for (let i = 0; i < 2000; i++) {
      const key = `user:${i}`;
      want.add(key);
      db.setSync(key, 'x');
      db.setSync(`other:${i}`, 'y');
    }
    db.rpushSync('user:list', ['a']);
    const seen = [];
    for await (const key of db.scanIterator({ match: 'user:*', count: 50 })) seen.push(key);
    assert.equal(seen.length, 2001);
    assert.deepEqual(new Set(seen), new Set([...want, 'user:list']));
    const lists = [];
    for await (const key of db.scanIterator({ match: 'user:*', type: 'list' })) lists.push(key);
    assert.deepEqual(lists, ['user:list']);
    let all = 0;
    for await (const key of db.scanIterator()) all += typeof key === 'string' ? 1 : 0;
    assert.equal(all, 4001);
    db.closeSync();
  });

  test('yields Buffers with returnBuffers, and can stop early', async () => {
    const db = ferrite.memory({ returnBuffers: true });
    await db.mset([[Buffer.from([1]), 'a'], [Buffer.from([2]), 'b']]);
    const keys = [];
    for await (const key of db.scanIterator()) keys.push(key);
    assert.deepEqual(keys.map((k) => k[0]).sort(), [1, 2]);
    for await (const key of db.scanIterator()) {
      assert.ok(Buffer.isBuffer(key));
      break;
    }
    db.closeSync();
  });
});
