// The API as a Node.js user sees it: every generated method exists in both forms, async and sync
// paths agree, strings and Buffers, numbers and BigInts, replies per kind, options objects,
// argument checks, errors with codes and Redis's exact texts.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';

const require = createRequire(import.meta.url);
const ferrite = require('ferrite-embedded');

const WRONGTYPE = 'WRONGTYPE Operation against a key holding the wrong kind of value';

/** The method names a block of the generated index.d.ts declares. */
function declared(block) {
  const dts = readFileSync(new URL('../../../generated/node/index.d.ts', import.meta.url), 'utf8');
  const start = dts.indexOf(block);
  assert.ok(start >= 0, block);
  const body = dts.slice(start, dts.indexOf('\n}\n', start));
  return [...body.matchAll(/^ {2}([a-zA-Z]\w*)\(/gm)].map((m) => m[1]);
}

describe('the generated API', () => {
  test('every method index.d.ts declares exists, on Database and Transaction', () => {
    const db = ferrite.memory();
    const names = declared('export declare class Database<');
    assert.ok(names.length > 250, `only ${names.length} methods declared`);
    for (const name of names) assert.equal(typeof db[name], 'function', `Database.${name}`);
    for (const name of names.filter((n) => !n.endsWith('Sync') && n !== 'sendCommand')) {
      if (['transaction', 'scanIterator', 'sync', 'snapshot', 'close', 'stats'].includes(name)) continue;
      assert.equal(typeof db[`${name}Sync`], 'function', `Database.${name}Sync`);
    }
    const tx = db._ferriteBegin();
    const txNames = declared('export declare class Transaction<');
    assert.deepEqual(txNames.filter((n) => n !== 'execute'), names.filter((n) =>
      !n.endsWith('Sync') && !['execute', 'sendCommand', 'transaction', 'scanIterator', 'sync', 'snapshot', 'stats', 'close'].includes(n)));
    for (const name of txNames) assert.equal(typeof tx[name], 'function', `Transaction.${name}`);
    tx._ferriteDiscard();
    db.closeSync();
  });

  test('async methods return Promises, Sync twins return the value', async () => {
    const db = ferrite.memory();
    const pending = db.set('k', 'v');
    assert.ok(pending instanceof Promise);
    assert.equal(await pending, undefined);
    assert.equal(await db.get('k'), 'v');
    assert.equal(db.getSync('k'), 'v');
    assert.equal(db.setSync('k2', 'w'), undefined);
    assert.equal(await db.get('k2'), 'w');
    assert.equal(await db.get('missing'), null);
    assert.equal(db.getSync('missing'), null);
    await db.close();
  });

  test('async commands run off the JavaScript thread', async () => {
    const db = ferrite.memory();
    for (let i = 0; i < 40; i++) {
      db.msetSync(Array.from({ length: 5000 }, (_, j) => [`key:${i}:${j}`, 'x']));
    }
    let t = process.hrtime.bigint();
    const keys = db.keysSync('key:*');
    const syncNs = process.hrtime.bigint() - t;
    assert.equal(keys.length, 200000);
    t = process.hrtime.bigint();
    const pending = db.keys('key:*');
    const callNs = process.hrtime.bigint() - t;
    // The loop keeps turning while the pool works.
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    assert.equal((await pending).length, 200000);
    clearInterval(ticker);
    assert.ok(callNs * 4n < syncNs, `the async call took ${callNs} ns, the sync one ${syncNs} ns`);
    assert.ok(ticks >= 1, 'no timer ran while the command was pending');
    await db.close();
  });

  test('many concurrent async commands', async () => {
    const db = ferrite.memory();
    await Promise.all(Array.from({ length: 1000 }, () => db.incr('n')));
    assert.equal(await db.get('n'), '1000');
    await db.close();
  });
});

describe('strings and Buffers', () => {
  test('strings by default, Buffers with returnBuffers', async () => {
    const text = ferrite.memory();
    const bytes = ferrite.memory({ returnBuffers: true });
    for (const db of [text, bytes]) {
      await db.set('k', 'héllo');
      await db.rpush('l', ['a', 'b']);
      await db.hset('h', 'f', 'v');
    }
    assert.equal(await text.get('k'), 'héllo');
    assert.deepEqual(await bytes.get('k'), Buffer.from('héllo'));
    assert.deepEqual(await text.lrange('l', 0, -1), ['a', 'b']);
    assert.deepEqual(await bytes.lrange('l', 0, -1), [Buffer.from('a'), Buffer.from('b')]);
    // optional_string forms decode whatever the handle's mode.
    assert.equal(await bytes.getStr('k'), 'héllo');
    // Map field names are strings; values follow the mode.
    assert.deepEqual({ ...(await bytes.hgetall('h')) }, { f: Buffer.from('v') });
    // Status replies are strings in both modes.
    assert.equal(await bytes.execute(['SET', 'x', 'y']), 'OK');
    text.closeSync();
    bytes.closeSync();
  });

  test('Buffer and Uint8Array arguments, keys included', async () => {
    const db = ferrite.memory({ returnBuffers: true });
    const key = Buffer.from([0, 1, 2, 0xff]);
    const backing = Uint8Array.from([9, 9, 7, 8, 9, 9]);
    await db.set(key, backing.subarray(2, 4));
    assert.deepEqual(await db.get(key), Buffer.from([7, 8]));
    assert.deepEqual(await db.get(Uint8Array.from([0, 1, 2, 0xff])), Buffer.from([7, 8]));
    await db.set('empty', Buffer.alloc(0));
    assert.deepEqual(await db.get('empty'), Buffer.alloc(0));
    db.closeSync();
  });

  test('numbers and BigInts as values are sent as String(value)', async () => {
    const db = ferrite.memory();
    await db.set('a', 0.1);
    await db.set('b', 12n);
    await db.set('c', -0);
    assert.deepEqual(await db.mget(['a', 'b', 'c']), ['0.1', '12', '0']);
    db.closeSync();
  });

  test('a lone value where many are expected is a list of one', async () => {
    const db = ferrite.memory();
    assert.equal(await db.lpush('l', 'x'), 1);
    assert.equal(await db.lpush('l', ['y', 'z']), 3);
    assert.equal(await db.del('l'), 1);
    db.closeSync();
  });
});

describe('replies per kind', () => {
  test('integers are BigInts, counts are numbers, floats numbers', async () => {
    const db = ferrite.memory();
    assert.equal(await db.incr('n'), 1n);
    assert.equal(await db.incrBy('n', 41), 42n);
    assert.equal(await db.incrBy('n', 8n), 50n);
    assert.equal(await db.decrBy('n', 100), -50n);
    assert.equal(await db.rpush('l', ['a', 'b', 'c']), 3);
    assert.equal(await db.llen('l'), 3);
    assert.equal(await db.linsert('l', 'before', 'b', 'x'), 4n);
    assert.equal(await db.incrByFloat('f', 1.5), 1.5);
    assert.equal(await db.incrByFloat('f', 0.1), 1.6);
    assert.equal(await db.zaddIncr('z', 2.5, 'm'), 2.5);
    assert.equal(await db.zscore('z', 'm'), 2.5);
    assert.equal(await db.zscore('z', 'none'), null);
    assert.deepEqual(await db.lposCount('l', 'a', 0), [0n]);
    assert.equal(await db.lpos('l', 'c'), 3);
    db.closeSync();
  });

  test('booleans, maps, scored lists, pages, key types, TTLs', async () => {
    const db = ferrite.memory();
    assert.equal(await db.hset('h', 'a', '1'), true);
    assert.equal(await db.hset('h', 'a', '2'), false);
    await db.hset('h', '__proto__', 'p');
    const map = await db.hgetall('h');
    assert.equal(Object.getPrototypeOf(map), null);
    assert.deepEqual(Object.keys(map).sort(), ['__proto__', 'a']);
    assert.equal(map.__proto__, 'p');
    assert.equal(map.a, '2');
    await db.zadd('z', [[1, 'one'], [2, 'two'], [Infinity, 'top']]);
    assert.deepEqual(await db.zrangeWithScores('z', 0, -1), [
      { member: 'one', score: 1 },
      { member: 'two', score: 2 },
      { member: 'top', score: Infinity },
    ]);
    assert.deepEqual(await db.zrangebyscore('z', '(1', '+inf'), ['two', 'top']);
    assert.deepEqual(await db.zmscore('z', ['two', 'nope']), [2, null]);
    assert.deepEqual(await db.smismember('nope', ['a']), [false]);
    const page = await db.scan(0);
    assert.equal(typeof page.cursor, 'bigint');
    assert.ok(Array.isArray(page.items));
    assert.equal(await db.keyType('h'), 'hash');
    assert.equal(await db.keyType('nope'), null);
    assert.equal(await db.ttl('h'), null);
    assert.equal(await db.ttl('nope'), null);
    await db.expire('h', 100);
    const ttl = await db.ttl('h');
    assert.equal(typeof ttl, 'bigint');
    assert.ok(ttl > 90n && ttl <= 100n);
    assert.equal(await db.set('k', 'v'), undefined);
    db.closeSync();
  });

  test('options objects and oneofs', async () => {
    const db = ferrite.memory();
    assert.equal(await db.setWith('k', 'v1', { condition: 'NX', expiration: { EX: 100 } }), 'OK');
    assert.equal(await db.setWith('k', 'v2', { condition: 'nx' }), null);
    assert.equal(await db.setWith('k', 'v3', { get: true, expiration: 'KEEPTTL' }), 'v1');
    assert.ok((await db.pttl('k')) > 0n);
    assert.equal(await db.setWith('k', 'v4', {}), 'OK');
    assert.equal(await db.setWith('k', 'v5'), 'OK');
    assert.equal(await db.setWith('k', 'v6', null), 'OK');
    // Only own properties count.
    assert.equal(await db.setWith('k', 'v7', Object.create({ get: true })), 'OK');
    // A valued choice needs its value.
    await assert.rejects(db.setWith('k', 'v', { expiration: { EX: undefined } }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /"options.expiration.EX" argument must be an integer \(a number or a BigInt\) \(got undefined\)/,
    });
    await db.zadd('z', [[1, 'a'], [2, 'b'], [3, 'c']]);
    assert.deepEqual(await db.zrangeWith('z', '(1', '+inf', { by: 'BYSCORE', limit: [0, 1], withscores: true }), ['b', '2']);
    assert.deepEqual(await db.lposWith('nope', 'x', { rank: 1, count: 2 }), []);
    // Redis rejects what Redis rejects, with its text.
    await assert.rejects(db.setWith('k', 'v', { expiration: { EX: -1 } }), {
      code: 'ERR',
      message: "ERR invalid expire time in 'set' command",
    });
    db.closeSync();
  });

  test('execute and sendCommand reply as Redis sends', async () => {
    const db = ferrite.memory();
    assert.equal(await db.execute(['SET', 'k', 'v', 'NX', 'EX', 10]), 'OK');
    assert.equal(await db.sendCommand(['GET', 'k']), 'v');
    assert.equal(await db.execute(['INCRBY', 'n', 9007199254740993n]), 9007199254740993n);
    assert.deepEqual(await db.execute(['MGET', 'k', 'nope']), ['v', null]);
    assert.deepEqual(db.executeSync(['RPUSH', 'l', 'a']), 1n);
    db.closeSync();
  });
});

describe('argument checks', () => {
  test('a value of the wrong JavaScript type is a TypeError: rejected, or thrown by Sync', async () => {
    const db = ferrite.memory();
    const typeError = (name) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: new RegExp(`"${name}"`) });
    const badValue = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message });
    const cases = [
      ['get', [5], typeError('key')],
      ['get', [undefined], typeError('key')],
      ['set', ['k', {}], typeError('value')],
      ['incrBy', ['k', '5'], typeError('increment')],
      ['zadd', ['z', [['1', 'a']]], typeError('members\\[0\\]\\[0\\]')],
      ['mset', [[['a']]], badValue(/tuple of 2/)],
      ['linsert', ['l', 'SIDEWAYS', 'a', 'b'], badValue(/'BEFORE', 'AFTER'/)],
      ['setWith', ['k', 'v', { condition: 'GET' }], badValue(/'NX', 'XX'/)],
      ['setWith', ['k', 'v', { expiration: { EX: 1, PX: 2 } }], badValue(/exactly one key/)],
      ['setWith', ['k', 'v', { nx: true }], badValue(/unknown option 'nx'/)],
      ['setWith', ['k', 'v', { get: 'yes' }], typeError('options.get')],
      ['setWith', ['k', 'v', 'NX'], typeError('options')],
      ['execute', ['GET'], typeError('argv')],
    ];
    for (const [method, args, expected] of cases) {
      const pending = db[method](...args);
      assert.ok(pending instanceof Promise, method);
      await assert.rejects(pending, expected, `${method}(${JSON.stringify(args)})`);
      assert.throws(() => db[`${method}Sync`](...args), expected, `${method}Sync(${JSON.stringify(args)})`);
    }
    assert.throws(() => db.transactionSync('not a function'), typeError('callback'));
    assert.throws(() => ferrite.open(5), typeError('path'));
    // Nothing was written by the calls that failed.
    assert.equal(await db.dbsize(), 0);
    db.closeSync();
  });

  test('a number Redis would not take fails with Redis error', async () => {
    const db = ferrite.memory();
    const notInteger = { code: 'ERR', message: 'ERR value is not an integer or out of range' };
    await assert.rejects(db.incrBy('n', 1.5), notInteger);
    await assert.rejects(db.incrBy('n', 2n ** 63n), notInteger);
    await assert.rejects(db.incrBy('n', 1e300), notInteger);
    assert.throws(() => db.incrBySync('n', NaN), notInteger);
    assert.equal(await db.incrBy('n', -(2n ** 63n)), -(2n ** 63n));
    await assert.rejects(db.zadd('z', [[NaN, 'a']]), { code: 'ERR', message: 'ERR value is not a valid float' });
    db.closeSync();
  });
});

describe('errors', () => {
  test('Redis errors are Errors with a code and the exact text', async () => {
    const db = ferrite.memory();
    await db.rpush('l', ['a']);
    await assert.rejects(db.get('l'), (err) => err instanceof Error && err.code === 'WRONGTYPE' && err.message === WRONGTYPE);
    assert.throws(() => db.getSync('l'), { code: 'WRONGTYPE', message: WRONGTYPE });
    await assert.rejects(db.execute(['GET']), { code: 'ERR', message: "ERR wrong number of arguments for 'get' command" });
    await assert.rejects(db.execute(['NOPE', 'a']), {
      code: 'ERR',
      message: "ERR unknown command 'NOPE', with args beginning with: 'a' ",
    });
    await assert.rejects(db.rename('missing', 'x'), { code: 'ERR', message: 'ERR no such key' });
    await db.set('n', '9223372036854775807');
    await assert.rejects(db.incr('n'), { code: 'ERR', message: 'ERR increment or decrement would overflow' });
    db.closeSync();
  });

  test('a bad open option is a TypeError', () => {
    assert.throws(() => ferrite.memory({ syncMode: 'sometimes' }), { code: 'ERR_INVALID_ARG_VALUE' });
    assert.throws(() => ferrite.memory({ returnBufers: true }), { code: 'ERR_INVALID_ARG_VALUE', message: /returnBufers/ });
    assert.throws(() => ferrite.memory({ numDatabases: 0 }), { code: 'CONFIG' });
  });

  test('the memory limit is OOM', async () => {
    const db = ferrite.memory({ memoryLimit: 1 });
    await db.set('a', 'x'.repeat(100));
    await assert.rejects(db.set('b', 'y'), { code: 'OOM', message: "OOM command not allowed when used memory > 'maxmemory'." });
    assert.equal(await db.del('a'), 1);
    db.closeSync();
  });
});

describe('logical databases and stats', () => {
  test('select switches the handle; stats count keys', async () => {
    const db = ferrite.memory({ numDatabases: 4 });
    await db.set('a', '0');
    await db.select(3);
    assert.equal(await db.get('a'), null);
    await db.set('b', '3');
    await assert.rejects(db.select(4), { code: 'ERR', message: 'ERR DB index is out of range' });
    const stats = db.stats();
    assert.deepEqual(stats.keysPerDb, [1, 0, 0, 1]);
    assert.equal(stats.keys, 2);
    assert.ok(stats.memoryUsed > 0);
    assert.ok(stats.commandsProcessed >= 4);
    db.closeSync();
  });
});
