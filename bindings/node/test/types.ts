// Type-checked by `tsc -p test/tsconfig.json` (npm test), never run: a program using the API,
// written against the package's types (generated/node/index.d.ts, copied beside index.js by the
// build). Each `@ts-expect-error` line must fail to type-check, so a type that grows too loose
// fails the check as surely as one that grows too strict.

import * as ferrite from 'ferrite-embedded';
import type { Database, FerriteError, ScoredMember, ScanPage, Transaction, SyncTransaction } from 'ferrite-embedded';

export async function strings(db: Database): Promise<void> {
  await db.set('user:1:name', 'Alice');
  await db.setEx('session', 'token', 3600_000);
  await db.setWith('k', 'v', { condition: 'NX', get: true, expiration: { EX: 10 } });
  const name: string | null = await db.get('user:1:name');
  const same: string | null = db.getSync('user:1:name');
  const visits: bigint = await db.incr('visits');
  const length: number = await db.append('user:1:name', '!');
  const price: number = await db.incrByFloat('price', 0.5);
  const values: (string | null)[] = await db.mget(['a', 'b']);
  await db.mset([['a', '1'], ['b', 2]]);
  await db.set(Buffer.from([1, 2]), new Uint8Array([3]));
  await db.del('a');
  await db.del(['a', 'b']);
  await db.incrBy('n', 2n ** 62n);
  // @ts-expect-error a 64-bit integer reply is a bigint, not a number
  const wrong: number = await db.incr('visits');
  // @ts-expect-error keys are strings or bytes, not numbers
  await db.get(5);
  // @ts-expect-error NX or XX only
  await db.setWith('k', 'v', { condition: 'GET' });
  // @ts-expect-error no such option
  await db.setWith('k', 'v', { nx: true });
  void [name, same, visits, length, price, values, wrong];
}

export async function structures(db: Database): Promise<void> {
  const added: boolean = await db.hset('user:1', 'email', 'a@example.com');
  const user: Record<string, string> = await db.hgetall('user:1');
  const pushed: number = await db.lpush('history', ['login', 'logout']);
  await db.linsert('history', 'BEFORE', 'login', 'boot');
  const top: ScoredMember<string>[] = await db.zrangeWithScores('board', 0, 9);
  const best: string = top[0].member;
  const score: number = top[0].score;
  await db.zadd('board', [[100, 'alice'], [95, 'bob']]);
  const between: string[] = await db.zrangebyscore('board', '(90', '+inf');
  const ttl: bigint | null = await db.ttl('session');
  const type: ferrite.KeyType | null = await db.keyType('board');
  const page: ScanPage<string> = await db.scan(0n);
  const next: bigint = page.cursor;
  const reply: ferrite.Reply<string> = await db.execute(['ZRANGE', 'board', 0, -1, 'WITHSCORES']);
  for await (const key of db.scanIterator({ match: 'user:*', count: 100 })) {
    const k: string = key;
    void k;
  }
  // @ts-expect-error LINSERT takes BEFORE or AFTER
  await db.linsert('history', 'MIDDLE', 'login', 'boot');
  // @ts-expect-error members are [score, member] tuples
  await db.zadd('board', [['alice', 100]]);
  void [added, user, pushed, best, score, between, ttl, type, next, reply];
}

export async function buffers(): Promise<void> {
  const db = ferrite.memory({ returnBuffers: true });
  const value: Buffer | null = await db.get('k');
  const items: Buffer[] = await db.lrange('l', 0, -1);
  const text: string | null = await db.getStr('k');
  for await (const key of db.scanIterator()) {
    const k: Buffer = key;
    void k;
  }
  // @ts-expect-error a Buffer handle returns Buffers
  const wrong: string | null = await db.get('k');
  void [value, items, text, wrong];
  await db.close();
}

export async function transactions(db: Database): Promise<void> {
  const replies: unknown[] = await db.transaction(async (tx: Transaction) => {
    tx.incrBy('account:1', -100);
    await tx.incrBy('account:2', 100);
    const queued: void = tx.get('account:1');
    void queued;
  });
  const moved: boolean = db.transactionSync((tx: SyncTransaction) => {
    const balance: string | null = tx.get('account:1');
    if (Number(balance) < 100) return false;
    tx.decrBy('account:1', 100);
    return true;
  });
  // @ts-expect-error queued commands return nothing to read
  await db.transaction(async (tx) => { const v: string | null = tx.get('k'); void v; });
  void [replies, moved];
}

export async function lifecycle(): Promise<void> {
  const db = ferrite.open('./data.ferrite', { syncMode: 'full', memoryLimit: 64 << 20 });
  await db.sync();
  const keys: number = db.stats().keys;
  try {
    await db.get('k');
  } catch (err) {
    const code: string = (err as FerriteError).code;
    void code;
  }
  await db.close();
  const closed: boolean = db.closed;
  // @ts-expect-error unknown sync mode
  ferrite.memory({ syncMode: 'sometimes' });
  void [keys, closed];
}
