// Transactions: `await db.transaction(async (tx) => ...)` queues and commits atomically, or
// discards when the callback throws; `db.transactionSync((tx) => ...)` runs live with
// read-your-writes and rolls back on a throw. Misuse answers MISUSE instead of deadlocking.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';

const require = createRequire(import.meta.url);
const ferrite = require('ferrite-embedded');

describe('transaction (queued, async callback)', () => {
  test('commits every queued command and resolves to their replies', async () => {
    const db = ferrite.memory();
    const replies = await db.transaction(async (tx) => {
      assert.equal(tx.set('a', '1'), undefined);
      await tx.incr('a');
      await new Promise((resolve) => setTimeout(resolve, 5));
      tx.lpush('log', 'incremented');
      tx.get('a');
      tx.execute(['HSET', 'h', 'f', 'v']);
    });
    assert.deepEqual(replies, [undefined, 2n, 1, '2', 1n]);
    assert.equal(await db.get('a'), '2');
    assert.deepEqual(await db.lrange('log', 0, -1), ['incremented']);
    db.closeSync();
  });

  test('the callback cannot read the queue; the queued replies do see earlier queued writes', async () => {
    const db = ferrite.memory();
    await db.set('k', 'old');
    let during;
    const replies = await db.transaction(async (tx) => {
      tx.set('k', 'new');
      during = await tx.get('k');
      tx.get('k');
    });
    assert.equal(during, undefined);
    assert.deepEqual(replies, [undefined, 'new', 'new']);
    db.closeSync();
  });

  test('a throwing callback runs nothing and rejects with its error', async () => {
    const db = ferrite.memory();
    await db.set('a', '1');
    const boom = new Error('boom');
    await assert.rejects(
      db.transaction(async (tx) => {
        tx.set('a', '2');
        tx.set('b', '2');
        throw boom;
      }),
      (err) => err === boom,
    );
    assert.equal(await db.get('a'), '1');
    assert.equal(await db.get('b'), null);
    // A bad argument throws inside the callback: the same.
    await assert.rejects(
      db.transaction(async (tx) => {
        tx.set('b', '2');
        tx.incrBy('a', 'one');
      }),
      { code: 'ERR_INVALID_ARG_TYPE' },
    );
    assert.equal(await db.get('b'), null);
    db.closeSync();
  });

  test('a failing command rolls the whole transaction back', async () => {
    const db = ferrite.memory();
    await db.set('s', 'string');
    await assert.rejects(
      db.transaction(async (tx) => {
        tx.set('a', '1');
        tx.lpush('s', 'x');
        tx.set('c', '3');
      }),
      { code: 'WRONGTYPE', message: 'WRONGTYPE Operation against a key holding the wrong kind of value' },
    );
    assert.deepEqual(await db.mget(['a', 'c']), [null, null]);
    db.closeSync();
  });

  test('the tx object is dead after its callback', async () => {
    const db = ferrite.memory();
    let kept;
    await db.transaction(async (tx) => {
      kept = tx;
    });
    assert.throws(() => kept.set('late', '1'), { code: 'MISUSE' });
    await assert.rejects(kept._ferriteCommit(), { code: 'MISUSE' });
    let discarded;
    await assert.rejects(db.transaction(async (tx) => {
      discarded = tx;
      throw new Error('x');
    }));
    assert.throws(() => discarded.get('k'), { code: 'MISUSE' });
    assert.equal(await db.get('late'), null);
    await assert.rejects(db.transaction('not a function'), { code: 'ERR_INVALID_ARG_TYPE' });
    db.closeSync();
  });

  test('transfers under concurrency conserve the total', async () => {
    const db = ferrite.memory();
    await db.mset([['acct:a', '1000'], ['acct:b', '1000']]);
    const transfers = Array.from({ length: 200 }, (_, i) =>
      db.transaction(async (tx) => {
        const amount = (i % 7) + 1;
        tx.decrBy(i % 2 ? 'acct:a' : 'acct:b', amount);
        tx.incrBy(i % 2 ? 'acct:b' : 'acct:a', amount);
      }),
    );
    const readers = Array.from({ length: 200 }, async () => {
      const [a, b] = await db.mget(['acct:a', 'acct:b']);
      assert.equal(Number(a) + Number(b), 2000);
    });
    await Promise.all([...transfers, ...readers]);
    const [a, b] = await db.mget(['acct:a', 'acct:b']);
    assert.equal(Number(a) + Number(b), 2000);
    db.closeSync();
  });
});

describe('transactionSync (live, synchronous callback)', () => {
  test('reads see the transaction\'s writes; returns the callback\'s value', async () => {
    const db = ferrite.memory();
    await db.set('balance', '150');
    const moved = db.transactionSync((tx) => {
      const balance = Number(tx.get('balance'));
      if (balance < 100) return false;
      tx.decrBy('balance', 100);
      tx.incrBy('savings', 100);
      assert.equal(tx.get('balance'), '50');
      assert.deepEqual(tx.execute(['GET', 'savings']), '100');
      return true;
    });
    assert.equal(moved, true);
    assert.deepEqual(await db.mget(['balance', 'savings']), ['50', '100']);
    db.closeSync();
  });

  test('a throw rolls every write back and is rethrown as is', async () => {
    const db = ferrite.memory();
    await db.set('a', '1');
    const boom = new RangeError('nope');
    assert.throws(
      () =>
        db.transactionSync((tx) => {
          tx.set('a', '2');
          tx.rpush('l', ['x']);
          assert.equal(tx.get('a'), '2');
          throw boom;
        }),
      (err) => err === boom,
    );
    assert.equal(await db.get('a'), '1');
    assert.equal(await db.exists('l'), 0);
    // A command error thrown out of the callback rolls back too.
    await db.set('s', 'str');
    assert.throws(
      () =>
        db.transactionSync((tx) => {
          tx.set('a', '3');
          tx.lpush('s', 'x');
        }),
      { code: 'WRONGTYPE' },
    );
    assert.equal(await db.get('a'), '1');
    db.closeSync();
  });

  test('misuse answers MISUSE or a TypeError instead of deadlocking', async () => {
    const db = ferrite.memory();
    assert.throws(() => db.transactionSync(() => db.getSync('k')), { code: 'MISUSE' });
    assert.throws(() => db.transactionSync(() => db.closeSync()), { code: 'MISUSE' });
    assert.throws(() => db.transactionSync(() => db.stats()), { code: 'MISUSE' });
    assert.throws(() => db.transactionSync(() => db.transactionSync(() => 1)), { code: 'MISUSE' });
    assert.throws(() => db.transactionSync(async (tx) => tx.set('k', 'v')), {
      name: 'TypeError',
      code: 'ERR_INVALID_RETURN_VALUE',
    });
    assert.equal(await db.get('k'), null);
    let kept;
    db.transactionSync((tx) => {
      kept = tx;
    });
    assert.throws(() => kept.get('k'), { code: 'MISUSE' });
    // An async call made inside runs after the transaction released its locks.
    let pending;
    db.transactionSync((tx) => {
      tx.set('k', 'inside');
      pending = db.get('k');
    });
    assert.equal(await pending, 'inside');
    // So does a close: it waits for the transaction (and `closed` does not wait for it).
    let closing;
    db.transactionSync((tx) => {
      tx.set('k2', 'v');
      closing = db.close();
      assert.equal(db.closed, false);
    });
    await closing;
    assert.equal(db.closed, true);
    assert.throws(() => db.getSync('k'), { code: 'CLOSED' });
  });

  test('the handle works normally after a transactionSync', async () => {
    const db = ferrite.memory();
    db.transactionSync((tx) => tx.set('k', 'inside'));
    assert.equal(db.getSync('k'), 'inside');
    db.closeSync();
  });
});
