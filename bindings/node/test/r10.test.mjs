// RELIABILITY.md R10 for Node.js: 64-bit integers never come back as a lossy Number, Buffers
// round-trip byte for byte, and what a JavaScript string with a lone surrogate becomes is pinned
// down (the closed-handle half is in lifecycle.test.mjs).

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';

const require = createRequire(import.meta.url);
const ferrite = require('ferrite-embedded');

const I64_MAX = 2n ** 63n - 1n;
const I64_MIN = -(2n ** 63n);

describe('64-bit integers', () => {
  test('integer replies are BigInts at every magnitude, exact at the i64 limits', async () => {
    const db = ferrite.memory();
    assert.equal(await db.incrBy('n', I64_MAX), I64_MAX);
    assert.equal(db.decrBySync('m', I64_MAX) - 1n, I64_MIN);
    assert.equal(await db.decr('m'), I64_MIN);
    // 2^53 + 1 is where a Number would round.
    await db.set('big', '9007199254740993');
    assert.equal(await db.incrBy('big', 0), 9007199254740993n);
    assert.equal(await db.hincrby('h', 'f', 9007199254740993n), 9007199254740993n);
    assert.equal(await db.execute(['INCRBY', 'x', '-9223372036854775808']), I64_MIN);
    // Small values are BigInts too: the type never depends on the size.
    assert.equal(typeof (await db.incr('small')), 'bigint');
    assert.equal(typeof (await db.execute(['EXISTS', 'small'])), 'bigint');
    db.closeSync();
  });

  test('TTLs and expiry times are BigInts, exact past 2^53 milliseconds', async () => {
    const db = ferrite.memory();
    await db.set('k', 'v');
    const far = 9007199254740993n * 1000n; // ms, beyond 2^53
    assert.equal(await db.pexpireAt('k', far), true);
    assert.equal(await db.pexpiretime('k'), far);
    const pttl = await db.pttl('k');
    assert.equal(typeof pttl, 'bigint');
    assert.ok(pttl > 2n ** 53n);
    db.closeSync();
  });

  test('SCAN cursors are BigInts and round-trip as arguments', async () => {
    const db = ferrite.memory();
    for (let i = 0; i < 500; i++) db.setSync(`k${i}`, 'v');
    const seen = new Set();
    let cursor = 0n;
    let big = false;
    do {
      const page = await db.scanWith(cursor, { count: 10 });
      assert.equal(typeof page.cursor, 'bigint');
      if (page.cursor > BigInt(Number.MAX_SAFE_INTEGER)) big = true;
      cursor = page.cursor;
      page.items.forEach((k) => seen.add(k));
    } while (cursor !== 0n);
    assert.equal(seen.size, 500);
    assert.ok(big, 'no cursor above 2^53 (cursors are 64-bit hashes; 50 pages should show one)');
    db.closeSync();
  });

  test('counts and lengths are numbers (bounded far below 2^53)', async () => {
    const db = ferrite.memory();
    assert.equal(await db.rpush('l', ['a', 'b']), 2);
    assert.equal(await db.strlen('l2'), 0);
    assert.equal(typeof (await db.dbsize()), 'number');
    db.closeSync();
  });
});

describe('Buffers', () => {
  test('every byte value, a megabyte of random bytes and the empty value round-trip exactly', async () => {
    const db = ferrite.memory({ returnBuffers: true });
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const random = randomBytes(1 << 20);
    await db.set(all, all);
    await db.set('random', random);
    db.setSync('empty', Buffer.alloc(0));
    assert.ok((await db.get(all)).equals(all));
    assert.ok(db.getSync('random').equals(random));
    assert.equal(db.getSync('empty').length, 0);
    await db.hset('h', all, random.subarray(0, 1000));
    assert.ok((await db.hget('h', all)).equals(random.subarray(0, 1000)));
    await db.rpush('l', [all, Buffer.alloc(0), random.subarray(5, 9)]);
    const items = await db.lrange('l', 0, -1);
    assert.deepEqual(items, [all, Buffer.alloc(0), random.subarray(5, 9)]);
    // Through a transaction and execute as well.
    const [reply] = await db.transaction(async (tx) => tx.getset('random', all));
    assert.ok(reply.equals(random));
    assert.ok((await db.execute(['GET', 'random'])).equals(all));
    db.closeSync();
  });

  test('invalid UTF-8 read as a string becomes U+FFFD (use returnBuffers to keep bytes)', async () => {
    const db = ferrite.memory();
    await db.set('k', Buffer.from([0x61, 0xff, 0x62]));
    assert.equal(await db.get('k'), 'a\uFFFDb');
    db.closeSync();
  });
});

describe('a lone surrogate', () => {
  test('a JavaScript string with a lone surrogate is stored as U+FFFD (EF BF BD)', async () => {
    const db = ferrite.memory({ returnBuffers: true });
    await db.set('high', 'a\uD800b');
    await db.set('low\uDC00', 'x');
    assert.deepEqual(await db.get('high'), Buffer.from([0x61, 0xef, 0xbf, 0xbd, 0x62]));
    assert.deepEqual(await db.get(Buffer.from('low\uFFFD')), Buffer.from('x'));
    // So two different JavaScript strings can name the same key.
    assert.deepEqual(await db.get('low\uDBFF'), Buffer.from('x'));
    // A proper pair is one UTF-8 character.
    await db.set('pair', '\uD83D\uDE00');
    assert.deepEqual(await db.get('pair'), Buffer.from([0xf0, 0x9f, 0x98, 0x80]));
    db.closeSync();
  });
});
