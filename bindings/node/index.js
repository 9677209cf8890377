'use strict';
// The ferrite-embedded package: loads the addon (ferrite.node, built by `npm run build`) and adds
// the parts of the API that are JavaScript by nature: `transaction(async (tx) => ...)`, the
// `scanIterator` async generator and the `sendCommand` alias. Every command method is the
// addon's, generated from commands.yaml; the types are generated/node/index.d.ts (copied beside
// this file by the build as index.d.ts).

const path = require('node:path');

let native;
try {
  native = require('./ferrite.node');
} catch (err) {
  err.message = `ferrite-embedded: cannot load ${path.join(__dirname, 'ferrite.node')} ` +
    `(run \`npm run build\` in ${__dirname}): ${err.message}`;
  throw err;
}

const { Database, Transaction } = native;

/**
 * Runs `callback(tx)` as one transaction. The `tx` methods queue their commands (checking their
 * arguments at once); when the callback's Promise resolves, the queue runs atomically on the
 * thread pool and the returned Promise resolves to the replies. If the callback throws, nothing
 * runs. See index.d.ts.
 */
Database.prototype.transaction = async function transaction(callback) {
  if (typeof callback !== 'function') {
    const err = new TypeError('The "callback" argument must be a function');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const tx = this._ferriteBegin();
  try {
    await callback(tx);
  } catch (err) {
    tx._ferriteDiscard();
    throw err;
  }
  return tx._ferriteCommit();
};

/**
 * The keys matching `match` (every key without it; only keys of `type` with it), fetched one SCAN page at a time with the
 * generated `scanWith`. Like SCAN, a key present throughout is returned at least once, and keys
 * added or removed meanwhile may or may not be.
 */
Database.prototype.scanIterator = async function* scanIterator(options = {}) {
  const { match, count, type } = options;
  let cursor = 0n;
  do {
    const page = await this.scanWith(cursor, { pattern: match, count, keyType: type });
    cursor = page.cursor;
    yield* page.items;
  } while (cursor !== 0n);
};

/** `execute`, under node-redis's name. */
Database.prototype.sendCommand = Database.prototype.execute;

// Databases still open when the process exits (process.exit(), an uncaught exception, or the
// loop running dry) get their acknowledged writes flushed to disk, as a dropped Rust handle
// does: otherwise a write of the last second in sync mode 'normal' (or any unsynced write in
// 'none') would be lost with the process. Weak references: tracking never keeps a database alive.
const live = new Set();
const forget = new FinalizationRegistry((ref) => live.delete(ref));
process.once('exit', () => {
  for (const ref of live) {
    const db = ref.deref();
    if (db === undefined || db.closed) continue;
    try {
      db.syncSync();
    } catch {
      // Best effort: a database inside its own transactionSync, or a failed disk.
    }
  }
});

/** Opens (or creates) the database in directory `path`. */
exports.open = function open(path, options) {
  const db = native.open(path, options);
  const ref = new WeakRef(db);
  live.add(ref);
  forget.register(db, ref);
  return db;
};
exports.memory = native.memory;
exports.Database = Database;
exports.Transaction = Transaction;
