// Generated from commands.yaml by cargo xtask gen. Do not edit.
// The examples of commands.yaml as node:test tests of `execute` and `executeSync`, each on a
// fresh in-memory database opened with `returnBuffers: true` (so a bulk reply is a Buffer,
// `b('...')`, and a status reply a string). `check` is bindings/node/test/support/examples.mjs;
// `npm test` runs this file.

import { test } from 'node:test';

import { b, check, checkModelHash } from '../../bindings/node/test/support/examples.mjs';

test('the addon was built from the same commands.yaml', () => checkModelHash('7464d8d2f9a400bc'));

test('append_0', () =>
  check([['SET', 'k', 'hello']], ['APPEND', 'k', ' world'], { reply: 11n }, false));
test('append_1', () =>
  check([], ['APPEND', 'k', 'abc'], { reply: 3n }, false));
test('append_2', () =>
  check([], ['APPEND', 'k', ''], { reply: 0n }, false));
test('append_3', () =>
  check([['SET', 'n', '12']], ['APPEND', 'n', '3'], { reply: 3n }, false));
test('append_4', () =>
  check([['LPUSH', 'l', 'a']], ['APPEND', 'l', 'x'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('append_5', () =>
  check([], ['APPEND', 'k'], { error: 'ERR wrong number of arguments for \'append\' command' }, false));
test('decr_0', () =>
  check([['SET', 'k', '10']], ['DECR', 'k'], { reply: 9n }, false));
test('decr_1', () =>
  check([], ['DECR', 'missing'], { reply: -1n }, false));
test('decr_2', () =>
  check([['SET', 'k', '-9223372036854775808']], ['DECR', 'k'], { error: 'ERR increment or decrement would overflow' }, false));
test('decr_3', () =>
  check([['SET', 'k', '1.5']], ['DECR', 'k'], { error: 'ERR value is not an integer or out of range' }, false));
test('decr_4', () =>
  check([['LPUSH', 'l', 'a']], ['DECR', 'l'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('decr_5', () =>
  check([], ['DECR'], { error: 'ERR wrong number of arguments for \'decr\' command' }, false));
test('decr_by_0', () =>
  check([['SET', 'k', '10']], ['DECRBY', 'k', '3'], { reply: 7n }, false));
test('decr_by_1', () =>
  check([], ['DECRBY', 'missing', '-5'], { reply: 5n }, false));
test('decr_by_2', () =>
  check([], ['DECRBY', 'k', '-9223372036854775808'], { error: 'ERR decrement would overflow' }, false));
test('decr_by_3', () =>
  check([['SET', 'k', '-9223372036854775807']], ['DECRBY', 'k', '2'], { error: 'ERR increment or decrement would overflow' }, false));
test('decr_by_4', () =>
  check([], ['DECRBY', 'k', 'abc'], { error: 'ERR value is not an integer or out of range' }, false));
test('decr_by_5', () =>
  check([['SET', 'k', 'hello']], ['DECRBY', 'k', '1'], { error: 'ERR value is not an integer or out of range' }, false));
test('decr_by_6', () =>
  check([['LPUSH', 'l', 'a']], ['DECRBY', 'l', '1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('get_0', () =>
  check([['SET', 'k', 'hello']], ['GET', 'k'], { reply: b('hello') }, false));
test('get_1', () =>
  check([], ['GET', 'missing'], { reply: null }, false));
test('get_2', () =>
  check([['LPUSH', 'l', 'a']], ['GET', 'l'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('getdel_0', () =>
  check([['SET', 'k', 'v']], ['GETDEL', 'k'], { reply: b('v') }, false));
test('getdel_1', () =>
  check([['SET', 'k', 'v'], ['GETDEL', 'k']], ['EXISTS', 'k'], { reply: 0n }, false));
test('getdel_2', () =>
  check([], ['GETDEL', 'missing'], { reply: null }, false));
test('getdel_3', () =>
  check([['LPUSH', 'l', 'a']], ['GETDEL', 'l'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('getdel_4', () =>
  check([], ['GETDEL'], { error: 'ERR wrong number of arguments for \'getdel\' command' }, false));
test('getex_0', () =>
  check([['SET', 'k', 'v']], ['GETEX', 'k'], { reply: b('v') }, false));
test('getex_1', () =>
  check([['SET', 'k', 'v']], ['GETEX', 'k', 'EX', '100'], { reply: b('v') }, false));
test('getex_2', () =>
  check([['SET', 'k', 'v'], ['GETEX', 'k', 'EX', '100']], ['TTL', 'k'], { reply: 100n }, false));
test('getex_3', () =>
  check([['SET', 'k', 'v'], ['GETEX', 'k', 'EX', '10', 'EX', '100']], ['TTL', 'k'], { reply: 100n }, false));
test('getex_4', () =>
  check([['SET', 'k', 'v', 'EX', '100'], ['GETEX', 'k', 'PERSIST']], ['TTL', 'k'], { reply: -1n }, false));
test('getex_5', () =>
  check([['SET', 'k', 'v'], ['GETEX', 'k', 'EXAT', '1']], ['EXISTS', 'k'], { reply: 0n }, false));
test('getex_6', () =>
  check([['SET', 'k', 'v']], ['GETEX', 'k', 'PXAT', '1'], { reply: b('v') }, false));
test('getex_7', () =>
  check([], ['GETEX', 'missing', 'EX', '100'], { reply: null }, false));
test('getex_8', () =>
  check([], ['GETEX', 'missing', 'EX', '0'], { reply: null }, false));
test('getex_9', () =>
  check([['SET', 'k', 'v']], ['GETEX', 'k', 'EX', '0'], { error: 'ERR invalid expire time in \'getex\' command' }, false));
test('getex_10', () =>
  check([['SET', 'k', 'v']], ['GETEX', 'k', 'PX', '9223372036854775807'], { error: 'ERR invalid expire time in \'getex\' command' }, false));
test('getex_11', () =>
  check([['SET', 'k', 'v']], ['GETEX', 'k', 'EX', 'abc'], { error: 'ERR value is not an integer or out of range' }, false));
test('getex_12', () =>
  check([['SET', 'k', 'v']], ['GETEX', 'k', 'EX', '10', 'PX', '10'], { error: 'ERR syntax error' }, false));
test('getex_13', () =>
  check([['SET', 'k', 'v']], ['GETEX', 'k', 'PERSIST', 'EX', '10'], { error: 'ERR syntax error' }, false));
test('getex_14', () =>
  check([['SET', 'k', 'v']], ['GETEX', 'k', 'KEEPTTL'], { error: 'ERR syntax error' }, false));
test('getex_15', () =>
  check([['LPUSH', 'l', 'a']], ['GETEX', 'l', 'EX', '0'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('getex_16', () =>
  check([], ['GETEX'], { error: 'ERR wrong number of arguments for \'getex\' command' }, false));
test('getex_17', () =>
  check([], ['GETEX', 'missing', 'EX', 'abc'], { reply: null }, false));
test('getex_18', () =>
  check([['SET', 'k', 'v']], ['GETEX', 'k', 'EX', 'abc', 'FOO'], { error: 'ERR syntax error' }, false));
test('getex_19', () =>
  check([['LPUSH', 'l', 'a']], ['GETEX', 'l', 'EX', 'abc'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('getrange_0', () =>
  check([['SET', 'k', 'hello']], ['GETRANGE', 'k', '0', '-1'], { reply: b('hello') }, false));
test('getrange_1', () =>
  check([['SET', 'k', 'hello']], ['GETRANGE', 'k', '-3', '-1'], { reply: b('llo') }, false));
test('getrange_2', () =>
  check([['SET', 'k', 'hello']], ['GETRANGE', 'k', '1', '2'], { reply: b('el') }, false));
test('getrange_3', () =>
  check([['SET', 'k', 'hello']], ['GETRANGE', 'k', '2', '100'], { reply: b('llo') }, false));
test('getrange_4', () =>
  check([['SET', 'k', 'hello']], ['GETRANGE', 'k', '-1', '-3'], { reply: b('') }, false));
test('getrange_5', () =>
  check([['SET', 'k', 'hello']], ['GETRANGE', 'k', '-100', '-50'], { reply: b('h') }, false));
test('getrange_6', () =>
  check([['SET', 'k', 'hello']], ['GETRANGE', 'k', '3', '2'], { reply: b('') }, false));
test('getrange_7', () =>
  check([['SET', 'k', 'hello']], ['GETRANGE', 'k', '10', '20'], { reply: b('') }, false));
test('getrange_8', () =>
  check([['SET', 'k', '12345']], ['GETRANGE', 'k', '1', '-2'], { reply: b('234') }, false));
test('getrange_9', () =>
  check([], ['GETRANGE', 'missing', '0', '-1'], { reply: b('') }, false));
test('getrange_10', () =>
  check([['SET', 'k', 'hello']], ['GETRANGE', 'k', 'a', '1'], { error: 'ERR value is not an integer or out of range' }, false));
test('getrange_11', () =>
  check([['LPUSH', 'l', 'a']], ['GETRANGE', 'l', '0', '-1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('getrange_12', () =>
  check([], ['GETRANGE', 'k', '0'], { error: 'ERR wrong number of arguments for \'getrange\' command' }, false));
test('getset_0', () =>
  check([['SET', 'k', 'old']], ['GETSET', 'k', 'new'], { reply: b('old') }, false));
test('getset_1', () =>
  check([['SET', 'k', 'old'], ['GETSET', 'k', 'new']], ['GET', 'k'], { reply: b('new') }, false));
test('getset_2', () =>
  check([], ['GETSET', 'missing', 'v'], { reply: null }, false));
test('getset_3', () =>
  check([['SET', 'k', 'v', 'EX', '100'], ['GETSET', 'k', 'w']], ['TTL', 'k'], { reply: -1n }, false));
test('getset_4', () =>
  check([['LPUSH', 'l', 'a']], ['GETSET', 'l', 'v'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('getset_5', () =>
  check([], ['GETSET', 'k'], { error: 'ERR wrong number of arguments for \'getset\' command' }, false));
test('incr_0', () =>
  check([['SET', 'k', '10']], ['INCR', 'k'], { reply: 11n }, false));
test('incr_1', () =>
  check([], ['INCR', 'missing'], { reply: 1n }, false));
test('incr_2', () =>
  check([['SET', 'k', '10'], ['INCR', 'k']], ['GET', 'k'], { reply: b('11') }, false));
test('incr_3', () =>
  check([['SET', 'k', '9223372036854775807']], ['INCR', 'k'], { error: 'ERR increment or decrement would overflow' }, false));
test('incr_4', () =>
  check([['SET', 'k', 'hello']], ['INCR', 'k'], { error: 'ERR value is not an integer or out of range' }, false));
test('incr_5', () =>
  check([['SET', 'k', '01']], ['INCR', 'k'], { error: 'ERR value is not an integer or out of range' }, false));
test('incr_6', () =>
  check([['SET', 'k', ' 1']], ['INCR', 'k'], { error: 'ERR value is not an integer or out of range' }, false));
test('incr_7', () =>
  check([['SET', 'n', '1', 'EX', '100'], ['INCR', 'n']], ['TTL', 'n'], { reply: 100n }, false));
test('incr_8', () =>
  check([['LPUSH', 'l', 'a']], ['INCR', 'l'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('incr_9', () =>
  check([], ['INCR', 'a', 'b'], { error: 'ERR wrong number of arguments for \'incr\' command' }, false));
test('incr_by_0', () =>
  check([['SET', 'k', '10']], ['INCRBY', 'k', '5'], { reply: 15n }, false));
test('incr_by_1', () =>
  check([], ['INCRBY', 'missing', '-3'], { reply: -3n }, false));
test('incr_by_2', () =>
  check([['SET', 'k', '9223372036854775807']], ['INCRBY', 'k', '0'], { reply: 9223372036854775807n }, false));
test('incr_by_3', () =>
  check([['SET', 'k', '9223372036854775807']], ['INCRBY', 'k', '1'], { error: 'ERR increment or decrement would overflow' }, false));
test('incr_by_4', () =>
  check([['SET', 'k', '-9223372036854775808']], ['INCRBY', 'k', '-1'], { error: 'ERR increment or decrement would overflow' }, false));
test('incr_by_5', () =>
  check([], ['INCRBY', 'k', 'abc'], { error: 'ERR value is not an integer or out of range' }, false));
test('incr_by_6', () =>
  check([], ['INCRBY', 'k', '9223372036854775808'], { error: 'ERR value is not an integer or out of range' }, false));
test('incr_by_7', () =>
  check([['SET', 'k', '1.5']], ['INCRBY', 'k', '1'], { error: 'ERR value is not an integer or out of range' }, false));
test('incr_by_8', () =>
  check([['LPUSH', 'l', 'a']], ['INCRBY', 'l', '1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('incr_by_9', () =>
  check([], ['INCRBY', 'k'], { error: 'ERR wrong number of arguments for \'incrby\' command' }, false));
test('incr_by_float_0', () =>
  check([['SET', 'k', '10.50']], ['INCRBYFLOAT', 'k', '0.1'], { reply: b('10.6') }, false));
test('incr_by_float_1', () =>
  check([], ['INCRBYFLOAT', 'missing', '1.5'], { reply: b('1.5') }, false));
test('incr_by_float_2', () =>
  check([['SET', 'k', '5']], ['INCRBYFLOAT', 'k', '2.0e2'], { reply: b('205') }, false));
test('incr_by_float_3', () =>
  check([['SET', 'k', '1.5']], ['INCRBYFLOAT', 'k', '-1.5'], { reply: b('0') }, false));
test('incr_by_float_4', () =>
  check([['SET', 'k', '10.50'], ['INCRBYFLOAT', 'k', '0']], ['GET', 'k'], { reply: b('10.5') }, false));
test('incr_by_float_5', () =>
  check([['SET', 'k', '1']], ['INCRBYFLOAT', 'k', 'inf'], { error: 'ERR increment would produce NaN or Infinity' }, false));
test('incr_by_float_6', () =>
  check([], ['INCRBYFLOAT', 'k', 'abc'], { error: 'ERR value is not a valid float' }, false));
test('incr_by_float_7', () =>
  check([], ['INCRBYFLOAT', 'k', 'nan'], { error: 'ERR value is not a valid float' }, false));
test('incr_by_float_8', () =>
  check([['SET', 'k', 'hello']], ['INCRBYFLOAT', 'k', '1'], { error: 'ERR value is not a valid float' }, false));
test('incr_by_float_9', () =>
  check([['LPUSH', 'l', 'a']], ['INCRBYFLOAT', 'l', '1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('incr_by_float_10', () =>
  check([], ['INCRBYFLOAT', 'k'], { error: 'ERR wrong number of arguments for \'incrbyfloat\' command' }, false));
test('incr_by_float_11', () =>
  check([['LPUSH', 'l', 'a']], ['INCRBYFLOAT', 'l', 'abc'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('incr_by_float_12', () =>
  check([['SET', 'k', '1e400']], ['INCRBYFLOAT', 'k', 'inf'], { error: 'ERR increment would produce NaN or Infinity' }, false));
test('incr_by_float_13', () =>
  check([['SET', 'k', '1e5000']], ['INCRBYFLOAT', 'k', 'inf'], { error: 'ERR value is not a valid float' }, false));
test('incr_by_float_14', () =>
  check([['SET', 'k', '-inf']], ['INCRBYFLOAT', 'k', '1e400'], { error: 'ERR increment would produce NaN or Infinity' }, false));
test('mget_0', () =>
  check([['SET', 'a', '1'], ['SET', 'b', '2']], ['MGET', 'a', 'b', 'c'], { reply: [b('1'), b('2'), null] }, false));
test('mget_1', () =>
  check([['SET', 'a', '1'], ['LPUSH', 'l', 'x']], ['MGET', 'a', 'l'], { reply: [b('1'), null] }, false));
test('mget_2', () =>
  check([['SET', 'a', '1']], ['MGET', 'a', 'a'], { reply: [b('1'), b('1')] }, false));
test('mget_3', () =>
  check([], ['MGET'], { error: 'ERR wrong number of arguments for \'mget\' command' }, false));
test('mset_0', () =>
  check([], ['MSET', 'a', '1', 'b', '2'], { reply: 'OK' }, false));
test('mset_1', () =>
  check([['MSET', 'a', '1', 'b', '2', 'a', '3']], ['MGET', 'a', 'b'], { reply: [b('3'), b('2')] }, false));
test('mset_2', () =>
  check([['LPUSH', 'l', 'x'], ['MSET', 'l', 'v']], ['GET', 'l'], { reply: b('v') }, false));
test('mset_3', () =>
  check([['SET', 'a', 'v', 'EX', '100'], ['MSET', 'a', 'w']], ['TTL', 'a'], { reply: -1n }, false));
test('mset_4', () =>
  check([], ['MSET', 'a', '1', 'b'], { error: 'ERR wrong number of arguments for \'mset\' command' }, false));
test('mset_5', () =>
  check([], ['MSET', 'a'], { error: 'ERR wrong number of arguments for \'mset\' command' }, false));
test('msetnx_0', () =>
  check([], ['MSETNX', 'a', '1', 'b', '2'], { reply: 1n }, false));
test('msetnx_1', () =>
  check([['SET', 'a', '0']], ['MSETNX', 'a', '1', 'b', '2'], { reply: 0n }, false));
test('msetnx_2', () =>
  check([['SET', 'a', '0'], ['MSETNX', 'a', '1', 'b', '2']], ['EXISTS', 'b'], { reply: 0n }, false));
test('msetnx_3', () =>
  check([['LPUSH', 'a', 'x']], ['MSETNX', 'a', '1'], { reply: 0n }, false));
test('msetnx_4', () =>
  check([['MSETNX', 'x', '1', 'y', '2', 'x', '3']], ['MGET', 'x', 'y'], { reply: [b('3'), b('2')] }, false));
test('msetnx_5', () =>
  check([], ['MSETNX', 'a', '1', 'b'], { error: 'ERR wrong number of arguments for \'msetnx\' command' }, false));
test('psetex_0', () =>
  check([], ['PSETEX', 'k', '100000', 'v'], { reply: 'OK' }, false));
test('psetex_1', () =>
  check([['PSETEX', 'k', '100000', 'v']], ['TTL', 'k'], { reply: 100n }, false));
test('psetex_2', () =>
  check([['LPUSH', 'l', 'a']], ['PSETEX', 'l', '100000', 'v'], { reply: 'OK' }, false));
test('psetex_3', () =>
  check([], ['PSETEX', 'k', '0', 'v'], { error: 'ERR invalid expire time in \'psetex\' command' }, false));
test('psetex_4', () =>
  check([], ['PSETEX', 'k', '-5', 'v'], { error: 'ERR invalid expire time in \'psetex\' command' }, false));
test('psetex_5', () =>
  check([], ['PSETEX', 'k', '9223372036854775807', 'v'], { error: 'ERR invalid expire time in \'psetex\' command' }, false));
test('psetex_6', () =>
  check([], ['PSETEX', 'k', 'abc', 'v'], { error: 'ERR value is not an integer or out of range' }, false));
test('psetex_7', () =>
  check([], ['PSETEX', 'k', '100'], { error: 'ERR wrong number of arguments for \'psetex\' command' }, false));
test('set_0', () =>
  check([], ['SET', 'k', 'v'], { reply: 'OK' }, false));
test('set_1', () =>
  check([['SET', 'k', 'old']], ['SET', 'k', 'new', 'GET'], { reply: b('old') }, false));
test('set_2', () =>
  check([['SET', 'k', 'old']], ['SET', 'k', 'new', 'NX'], { reply: null }, false));
test('set_3', () =>
  check([['SET', 'k', 'old']], ['SET', 'k', 'new', 'NX', 'GET'], { reply: b('old') }, false));
test('set_4', () =>
  check([], ['SET', 'k', 'v', 'XX'], { reply: null }, false));
test('set_5', () =>
  check([], ['SET', 'k', 'v', 'EX', '100', 'NX'], { reply: 'OK' }, false));
test('set_6', () =>
  check([], ['SET', 'k', 'v', 'NX', 'NX'], { reply: 'OK' }, false));
test('set_7', () =>
  check([], ['SET', 'k', 'v', 'NX', 'XX'], { error: 'ERR syntax error' }, false));
test('set_8', () =>
  check([], ['SET', 'k', 'v', 'EX', '10', 'KEEPTTL'], { error: 'ERR syntax error' }, false));
test('set_9', () =>
  check([], ['SET', 'k', 'v', 'EX', '0'], { error: 'ERR invalid expire time in \'set\' command' }, false));
test('set_10', () =>
  check([], ['SET', 'k', 'v', 'EX', 'abc'], { error: 'ERR value is not an integer or out of range' }, false));
test('set_11', () =>
  check([], ['SET', 'k', 'v', 'FOO'], { error: 'ERR syntax error' }, false));
test('set_12', () =>
  check([], ['SET', 'k'], { error: 'ERR wrong number of arguments for \'set\' command' }, false));
test('set_13', () =>
  check([], ['SET', 'k', 'v', 'EX', 'abc', 'FOO'], { error: 'ERR syntax error' }, false));
test('set_14', () =>
  check([], ['SET', 'k', 'v', 'EX', 'abc', 'PX', '1'], { error: 'ERR syntax error' }, false));
test('set_15', () =>
  check([], ['SET', 'k', 'v', 'EX'], { error: 'ERR syntax error' }, false));
test('set_16', () =>
  check([['LPUSH', 'l', 'a']], ['SET', 'l', 'v', 'GET', 'EX', '0'], { error: 'ERR invalid expire time in \'set\' command' }, false));
test('setex_0', () =>
  check([], ['SETEX', 'k', '100', 'v'], { reply: 'OK' }, false));
test('setex_1', () =>
  check([['SETEX', 'k', '100', 'v']], ['TTL', 'k'], { reply: 100n }, false));
test('setex_2', () =>
  check([['SETEX', 'k', '100', 'v']], ['GET', 'k'], { reply: b('v') }, false));
test('setex_3', () =>
  check([['LPUSH', 'l', 'a'], ['SETEX', 'l', '10', 'v']], ['TYPE', 'l'], { reply: 'string' }, false));
test('setex_4', () =>
  check([], ['SETEX', 'k', '0', 'v'], { error: 'ERR invalid expire time in \'setex\' command' }, false));
test('setex_5', () =>
  check([], ['SETEX', 'k', '-1', 'v'], { error: 'ERR invalid expire time in \'setex\' command' }, false));
test('setex_6', () =>
  check([], ['SETEX', 'k', '9223372036854775', 'v'], { error: 'ERR invalid expire time in \'setex\' command' }, false));
test('setex_7', () =>
  check([], ['SETEX', 'k', 'abc', 'v'], { error: 'ERR value is not an integer or out of range' }, false));
test('setex_8', () =>
  check([], ['SETEX', 'k', '10'], { error: 'ERR wrong number of arguments for \'setex\' command' }, false));
test('setnx_0', () =>
  check([], ['SETNX', 'k', 'v'], { reply: 1n }, false));
test('setnx_1', () =>
  check([['SET', 'k', 'old']], ['SETNX', 'k', 'new'], { reply: 0n }, false));
test('setnx_2', () =>
  check([['SET', 'k', 'old'], ['SETNX', 'k', 'new']], ['GET', 'k'], { reply: b('old') }, false));
test('setnx_3', () =>
  check([['LPUSH', 'l', 'a']], ['SETNX', 'l', 'v'], { reply: 0n }, false));
test('setnx_4', () =>
  check([], ['SETNX', 'k'], { error: 'ERR wrong number of arguments for \'setnx\' command' }, false));
test('setrange_0', () =>
  check([['SET', 'k', 'Hello World']], ['SETRANGE', 'k', '6', 'Redis'], { reply: 11n }, false));
test('setrange_1', () =>
  check([['SET', 'k', 'Hello World'], ['SETRANGE', 'k', '6', 'Redis']], ['GET', 'k'], { reply: b('Hello Redis') }, false));
test('setrange_2', () =>
  check([], ['SETRANGE', 'k', '3', 'abc'], { reply: 6n }, false));
test('setrange_3', () =>
  check([['SETRANGE', 'k', '3', 'abc']], ['GETRANGE', 'k', '3', '-1'], { reply: b('abc') }, false));
test('setrange_4', () =>
  check([['SET', 'k', '123']], ['SETRANGE', 'k', '1', '9'], { reply: 3n }, false));
test('setrange_5', () =>
  check([['SET', 'k', '123'], ['SETRANGE', 'k', '1', '9']], ['INCR', 'k'], { reply: 194n }, false));
test('setrange_6', () =>
  check([], ['SETRANGE', 'k', '5', ''], { reply: 0n }, false));
test('setrange_7', () =>
  check([['SETRANGE', 'k', '5', '']], ['EXISTS', 'k'], { reply: 0n }, false));
test('setrange_8', () =>
  check([['SET', 'k', 'hello']], ['SETRANGE', 'k', '100', ''], { reply: 5n }, false));
test('setrange_9', () =>
  check([], ['SETRANGE', 'k', '-1', 'x'], { error: 'ERR offset is out of range' }, false));
test('setrange_10', () =>
  check([], ['SETRANGE', 'k', '536870912', 'x'], { error: 'ERR string exceeds maximum allowed size (proto-max-bulk-len)' }, false));
test('setrange_11', () =>
  check([], ['SETRANGE', 'k', '536870911', 'xy'], { error: 'ERR string exceeds maximum allowed size (proto-max-bulk-len)' }, false));
test('setrange_12', () =>
  check([], ['SETRANGE', 'k', '9223372036854775807', 'x'], { error: 'ERR string exceeds maximum allowed size (proto-max-bulk-len)' }, false));
test('setrange_13', () =>
  check([], ['SETRANGE', 'k', 'x', 'y'], { error: 'ERR value is not an integer or out of range' }, false));
test('setrange_14', () =>
  check([['LPUSH', 'l', 'a']], ['SETRANGE', 'l', '0', 'x'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('setrange_15', () =>
  check([['LPUSH', 'l', 'a']], ['SETRANGE', 'l', '-1', 'x'], { error: 'ERR offset is out of range' }, false));
test('setrange_16', () =>
  check([['LPUSH', 'l', 'a']], ['SETRANGE', 'l', '5', ''], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('setrange_17', () =>
  check([], ['SETRANGE', 'k', '0'], { error: 'ERR wrong number of arguments for \'setrange\' command' }, false));
test('strlen_0', () =>
  check([['SET', 'k', 'hello']], ['STRLEN', 'k'], { reply: 5n }, false));
test('strlen_1', () =>
  check([['SET', 'k', '-1234']], ['STRLEN', 'k'], { reply: 5n }, false));
test('strlen_2', () =>
  check([], ['STRLEN', 'missing'], { reply: 0n }, false));
test('strlen_3', () =>
  check([['LPUSH', 'l', 'a']], ['STRLEN', 'l'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('strlen_4', () =>
  check([], ['STRLEN'], { error: 'ERR wrong number of arguments for \'strlen\' command' }, false));
test('hdel_0', () =>
  check([['HSET', 'h', 'a', '1', 'b', '2']], ['HDEL', 'h', 'a', 'zz', 'a'], { reply: 1n }, false));
test('hdel_1', () =>
  check([['HSET', 'h', 'a', '1'], ['HDEL', 'h', 'a']], ['EXISTS', 'h'], { reply: 0n }, false));
test('hdel_2', () =>
  check([], ['HDEL', 'missing', 'a'], { reply: 0n }, false));
test('hdel_3', () =>
  check([['SET', 's', 'x']], ['HDEL', 's', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hdel_4', () =>
  check([], ['HDEL', 'h'], { error: 'ERR wrong number of arguments for \'hdel\' command' }, false));
test('hexists_0', () =>
  check([['HSET', 'h', 'a', '1']], ['HEXISTS', 'h', 'a'], { reply: 1n }, false));
test('hexists_1', () =>
  check([['HSET', 'h', 'a', '1']], ['HEXISTS', 'h', 'b'], { reply: 0n }, false));
test('hexists_2', () =>
  check([], ['HEXISTS', 'missing', 'a'], { reply: 0n }, false));
test('hexists_3', () =>
  check([['SET', 's', 'x']], ['HEXISTS', 's', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hexists_4', () =>
  check([], ['HEXISTS', 'h'], { error: 'ERR wrong number of arguments for \'hexists\' command' }, false));
test('hget_0', () =>
  check([['HSET', 'h', 'a', '1']], ['HGET', 'h', 'a'], { reply: b('1') }, false));
test('hget_1', () =>
  check([['HSET', 'h', 'a', '1']], ['HGET', 'h', 'b'], { reply: null }, false));
test('hget_2', () =>
  check([], ['HGET', 'missing', 'a'], { reply: null }, false));
test('hget_3', () =>
  check([['SET', 's', 'x']], ['HGET', 's', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hget_4', () =>
  check([], ['HGET', 'h', 'a', 'b'], { error: 'ERR wrong number of arguments for \'hget\' command' }, false));
test('hgetall_0', () =>
  check([['HSET', 'h', 'a', '1', 'b', '2']], ['HGETALL', 'h'], { reply: [b('a'), b('1'), b('b'), b('2')] }, true));
test('hgetall_1', () =>
  check([['HSET', 'h', 'b', '2', 'a', '1'], ['HSET', 'h', 'b', '3']], ['HGETALL', 'h'], { reply: [b('b'), b('3'), b('a'), b('1')] }, true));
test('hgetall_2', () =>
  check([], ['HGETALL', 'missing'], { reply: [] }, false));
test('hgetall_3', () =>
  check([['SET', 's', 'x']], ['HGETALL', 's'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hgetall_4', () =>
  check([], ['HGETALL'], { error: 'ERR wrong number of arguments for \'hgetall\' command' }, false));
test('hincrby_0', () =>
  check([], ['HINCRBY', 'h', 'n', '5'], { reply: 5n }, false));
test('hincrby_1', () =>
  check([['HSET', 'h', 'n', '10']], ['HINCRBY', 'h', 'n', '-15'], { reply: -5n }, false));
test('hincrby_2', () =>
  check([['HSET', 'h', 'n', '9223372036854775807']], ['HINCRBY', 'h', 'n', '-1'], { reply: 9223372036854775806n }, false));
test('hincrby_3', () =>
  check([['HSET', 'h', 'n', '9223372036854775807']], ['HINCRBY', 'h', 'n', '1'], { error: 'ERR increment or decrement would overflow' }, false));
test('hincrby_4', () =>
  check([['HSET', 'h', 'n', '-9223372036854775808']], ['HINCRBY', 'h', 'n', '-1'], { error: 'ERR increment or decrement would overflow' }, false));
test('hincrby_5', () =>
  check([['HSET', 'h', 'n', 'abc']], ['HINCRBY', 'h', 'n', '1'], { error: 'ERR hash value is not an integer' }, false));
test('hincrby_6', () =>
  check([['HSET', 'h', 'n', '1.5']], ['HINCRBY', 'h', 'n', '1'], { error: 'ERR hash value is not an integer' }, false));
test('hincrby_7', () =>
  check([], ['HINCRBY', 'h', 'n', 'abc'], { error: 'ERR value is not an integer or out of range' }, false));
test('hincrby_8', () =>
  check([], ['HINCRBY', 'h', 'n', '1.5'], { error: 'ERR value is not an integer or out of range' }, false));
test('hincrby_9', () =>
  check([['SET', 's', 'x']], ['HINCRBY', 's', 'n', 'abc'], { error: 'ERR value is not an integer or out of range' }, false));
test('hincrby_10', () =>
  check([['SET', 's', 'x']], ['HINCRBY', 's', 'n', '1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hincrby_11', () =>
  check([], ['HINCRBY', 'h', 'n'], { error: 'ERR wrong number of arguments for \'hincrby\' command' }, false));
test('hincrbyfloat_0', () =>
  check([], ['HINCRBYFLOAT', 'h', 'f', '10.5'], { reply: b('10.5') }, false));
test('hincrbyfloat_1', () =>
  check([['HSET', 'h', 'f', '10.5']], ['HINCRBYFLOAT', 'h', 'f', '0.1'], { reply: b('10.6') }, false));
test('hincrbyfloat_2', () =>
  check([['HINCRBYFLOAT', 'h', 'f', '0.1']], ['HINCRBYFLOAT', 'h', 'f', '0.2'], { reply: b('0.3') }, false));
test('hincrbyfloat_3', () =>
  check([['HSET', 'h', 'f', '5']], ['HINCRBYFLOAT', 'h', 'f', '-5'], { reply: b('0') }, false));
test('hincrbyfloat_4', () =>
  check([['HSET', 'h', 'f', '5.0e3']], ['HINCRBYFLOAT', 'h', 'f', '2.0e2'], { reply: b('5200') }, false));
test('hincrbyfloat_5', () =>
  check([], ['HINCRBYFLOAT', 'h', 'f', '1e20'], { reply: b('100000000000000000000') }, false));
test('hincrbyfloat_6', () =>
  check([['HSET', 'h', 'f', 'abc']], ['HINCRBYFLOAT', 'h', 'f', '1'], { error: 'ERR hash value is not a float' }, false));
test('hincrbyfloat_7', () =>
  check([['HSET', 'h', 'f', 'inf']], ['HINCRBYFLOAT', 'h', 'f', '1'], { error: 'ERR increment would produce NaN or Infinity' }, false));
test('hincrbyfloat_8', () =>
  check([], ['HINCRBYFLOAT', 'h', 'f', 'inf'], { error: 'ERR value is NaN or Infinity' }, false));
test('hincrbyfloat_9', () =>
  check([], ['HINCRBYFLOAT', 'h', 'f', 'nan'], { error: 'ERR value is not a valid float' }, false));
test('hincrbyfloat_10', () =>
  check([], ['HINCRBYFLOAT', 'h', 'f', 'abc'], { error: 'ERR value is not a valid float' }, false));
test('hincrbyfloat_11', () =>
  check([['SET', 's', 'x']], ['HINCRBYFLOAT', 's', 'f', 'inf'], { error: 'ERR value is NaN or Infinity' }, false));
test('hincrbyfloat_12', () =>
  check([['SET', 's', 'x']], ['HINCRBYFLOAT', 's', 'f', '1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hincrbyfloat_13', () =>
  check([['SET', 's', 'x']], ['HINCRBYFLOAT', 's', 'f', '1e400'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hincrbyfloat_14', () =>
  check([['SET', 's', 'x']], ['HINCRBYFLOAT', 's', 'f', '-1e-400'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hincrbyfloat_15', () =>
  check([['SET', 's', 'x']], ['HINCRBYFLOAT', 's', 'f', '1e5000'], { error: 'ERR value is not a valid float' }, false));
test('hincrbyfloat_16', () =>
  check([['HSET', 'h', 'f', 'inf']], ['HINCRBYFLOAT', 'h', 'f', '1e400'], { error: 'ERR increment would produce NaN or Infinity' }, false));
test('hincrbyfloat_17', () =>
  check([['HSET', 'h', 'f', 'abc']], ['HINCRBYFLOAT', 'h', 'f', '1e400'], { error: 'ERR hash value is not a float' }, false));
test('hincrbyfloat_18', () =>
  check([['SET', 's', 'x']], ['HINCRBYFLOAT', 's', 'f', 'abc'], { error: 'ERR value is not a valid float' }, false));
test('hincrbyfloat_19', () =>
  check([], ['HINCRBYFLOAT', 'h', 'f'], { error: 'ERR wrong number of arguments for \'hincrbyfloat\' command' }, false));
test('hkeys_0', () =>
  check([['HSET', 'h', 'a', '1', 'b', '2']], ['HKEYS', 'h'], { reply: [b('a'), b('b')] }, true));
test('hkeys_1', () =>
  check([], ['HKEYS', 'missing'], { reply: [] }, false));
test('hkeys_2', () =>
  check([['SET', 's', 'x']], ['HKEYS', 's'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hkeys_3', () =>
  check([], ['HKEYS', 'h', 'x'], { error: 'ERR wrong number of arguments for \'hkeys\' command' }, false));
test('hlen_0', () =>
  check([['HSET', 'h', 'a', '1', 'b', '2']], ['HLEN', 'h'], { reply: 2n }, false));
test('hlen_1', () =>
  check([], ['HLEN', 'missing'], { reply: 0n }, false));
test('hlen_2', () =>
  check([['SET', 's', 'x']], ['HLEN', 's'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hlen_3', () =>
  check([], ['HLEN'], { error: 'ERR wrong number of arguments for \'hlen\' command' }, false));
test('hmget_0', () =>
  check([['HSET', 'h', 'a', '1', 'b', '2']], ['HMGET', 'h', 'b', 'zz', 'a'], { reply: [b('2'), null, b('1')] }, false));
test('hmget_1', () =>
  check([], ['HMGET', 'missing', 'a', 'b'], { reply: [null, null] }, false));
test('hmget_2', () =>
  check([['SET', 's', 'x']], ['HMGET', 's', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hmget_3', () =>
  check([], ['HMGET', 'h'], { error: 'ERR wrong number of arguments for \'hmget\' command' }, false));
test('hmset_0', () =>
  check([], ['HMSET', 'h', 'a', '1', 'b', '2'], { reply: 'OK' }, false));
test('hmset_1', () =>
  check([['HMSET', 'h', 'a', '1', 'b', '2']], ['HGET', 'h', 'b'], { reply: b('2') }, false));
test('hmset_2', () =>
  check([['SET', 's', 'x']], ['HMSET', 's', 'a', '1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hmset_3', () =>
  check([], ['HMSET', 'h', 'a', '1', 'b'], { error: 'ERR wrong number of arguments for \'hmset\' command' }, false));
test('hmset_4', () =>
  check([], ['HMSET', 'h', 'a'], { error: 'ERR wrong number of arguments for \'hmset\' command' }, false));
test('hset_0', () =>
  check([], ['HSET', 'h', 'a', '1'], { reply: 1n }, false));
test('hset_1', () =>
  check([], ['HSET', 'h', 'a', '1', 'b', '2', 'a', '3'], { reply: 2n }, false));
test('hset_2', () =>
  check([['HSET', 'h', 'a', '1']], ['HSET', 'h', 'a', '2', 'c', '3'], { reply: 1n }, false));
test('hset_3', () =>
  check([['HSET', 'h', 'a', '1', 'b', '2'], ['HSET', 'h', 'a', '9']], ['HKEYS', 'h'], { reply: [b('a'), b('b')] }, true));
test('hset_4', () =>
  check([['SET', 's', 'x']], ['HSET', 's', 'a', '1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hset_5', () =>
  check([['SET', 's', 'x']], ['HSET', 's', 'a', '1', 'b'], { error: 'ERR wrong number of arguments for \'hset\' command' }, false));
test('hset_6', () =>
  check([], ['HSET', 'h', 'a'], { error: 'ERR wrong number of arguments for \'hset\' command' }, false));
test('hsetnx_0', () =>
  check([], ['HSETNX', 'h', 'a', '1'], { reply: 1n }, false));
test('hsetnx_1', () =>
  check([['HSET', 'h', 'a', '1']], ['HSETNX', 'h', 'a', '2'], { reply: 0n }, false));
test('hsetnx_2', () =>
  check([['HSET', 'h', 'a', '1'], ['HSETNX', 'h', 'a', '2']], ['HGET', 'h', 'a'], { reply: b('1') }, false));
test('hsetnx_3', () =>
  check([['SET', 's', 'x']], ['HSETNX', 's', 'a', '1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hsetnx_4', () =>
  check([], ['HSETNX', 'h', 'a'], { error: 'ERR wrong number of arguments for \'hsetnx\' command' }, false));
test('hstrlen_0', () =>
  check([['HSET', 'h', 'f', 'hello']], ['HSTRLEN', 'h', 'f'], { reply: 5n }, false));
test('hstrlen_1', () =>
  check([['HSET', 'h', 'f', 'hello']], ['HSTRLEN', 'h', 'g'], { reply: 0n }, false));
test('hstrlen_2', () =>
  check([], ['HSTRLEN', 'missing', 'f'], { reply: 0n }, false));
test('hstrlen_3', () =>
  check([['SET', 's', 'x']], ['HSTRLEN', 's', 'f'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hstrlen_4', () =>
  check([], ['HSTRLEN', 'h'], { error: 'ERR wrong number of arguments for \'hstrlen\' command' }, false));
test('hvals_0', () =>
  check([['HSET', 'h', 'a', '1', 'b', '2']], ['HVALS', 'h'], { reply: [b('1'), b('2')] }, true));
test('hvals_1', () =>
  check([], ['HVALS', 'missing'], { reply: [] }, false));
test('hvals_2', () =>
  check([['SET', 's', 'x']], ['HVALS', 's'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('hvals_3', () =>
  check([], ['HVALS'], { error: 'ERR wrong number of arguments for \'hvals\' command' }, false));
test('lindex_0', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LINDEX', 'l', '0'], { reply: b('a') }, false));
test('lindex_1', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LINDEX', 'l', '-1'], { reply: b('c') }, false));
test('lindex_2', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LINDEX', 'l', '3'], { reply: null }, false));
test('lindex_3', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LINDEX', 'l', '-4'], { reply: null }, false));
test('lindex_4', () =>
  check([], ['LINDEX', 'missing', '0'], { reply: null }, false));
test('lindex_5', () =>
  check([['RPUSH', 'l', 'a']], ['LINDEX', 'l', 'abc'], { error: 'ERR value is not an integer or out of range' }, false));
test('lindex_6', () =>
  check([['SET', 's', 'x']], ['LINDEX', 's', '0'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('lindex_7', () =>
  check([], ['LINDEX', 'missing', 'abc'], { reply: null }, false));
test('lindex_8', () =>
  check([['SET', 's', 'x']], ['LINDEX', 's', 'abc'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('lindex_9', () =>
  check([], ['LINDEX', 'l'], { error: 'ERR wrong number of arguments for \'lindex\' command' }, false));
test('linsert_0', () =>
  check([['RPUSH', 'l', 'a', 'c']], ['LINSERT', 'l', 'BEFORE', 'c', 'b'], { reply: 3n }, false));
test('linsert_1', () =>
  check([['RPUSH', 'l', 'a', 'c'], ['LINSERT', 'l', 'after', 'a', 'b']], ['LRANGE', 'l', '0', '-1'], { reply: [b('a'), b('b'), b('c')] }, false));
test('linsert_2', () =>
  check([['RPUSH', 'l', 'a', 'c']], ['LINSERT', 'l', 'BEFORE', 'zz', 'b'], { reply: -1n }, false));
test('linsert_3', () =>
  check([], ['LINSERT', 'missing', 'BEFORE', 'a', 'b'], { reply: 0n }, false));
test('linsert_4', () =>
  check([['RPUSH', 'l', 'a']], ['LINSERT', 'l', 'MIDDLE', 'a', 'b'], { error: 'ERR syntax error' }, false));
test('linsert_5', () =>
  check([['SET', 's', 'x']], ['LINSERT', 's', 'MIDDLE', 'a', 'b'], { error: 'ERR syntax error' }, false));
test('linsert_6', () =>
  check([['SET', 's', 'x']], ['LINSERT', 's', 'AFTER', 'a', 'b'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('linsert_7', () =>
  check([], ['LINSERT', 'l', 'BEFORE', 'a'], { error: 'ERR wrong number of arguments for \'linsert\' command' }, false));
test('llen_0', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LLEN', 'l'], { reply: 3n }, false));
test('llen_1', () =>
  check([], ['LLEN', 'missing'], { reply: 0n }, false));
test('llen_2', () =>
  check([['SET', 's', 'x']], ['LLEN', 's'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('llen_3', () =>
  check([], ['LLEN'], { error: 'ERR wrong number of arguments for \'llen\' command' }, false));
test('lmove_0', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LMOVE', 'l', 'd', 'LEFT', 'RIGHT'], { reply: b('a') }, false));
test('lmove_1', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c'], ['RPUSH', 'd', 'x'], ['LMOVE', 'l', 'd', 'RIGHT', 'LEFT']], ['LRANGE', 'd', '0', '-1'], { reply: [b('c'), b('x')] }, false));
test('lmove_2', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c'], ['LMOVE', 'l', 'l', 'left', 'right']], ['LRANGE', 'l', '0', '-1'], { reply: [b('b'), b('c'), b('a')] }, false));
test('lmove_3', () =>
  check([['RPUSH', 'l', 'a'], ['LMOVE', 'l', 'd', 'LEFT', 'LEFT']], ['EXISTS', 'l'], { reply: 0n }, false));
test('lmove_4', () =>
  check([], ['LMOVE', 'missing', 'd', 'LEFT', 'RIGHT'], { reply: null }, false));
test('lmove_5', () =>
  check([['SET', 's', 'x']], ['LMOVE', 'missing', 's', 'LEFT', 'RIGHT'], { reply: null }, false));
test('lmove_6', () =>
  check([['SET', 's', 'x']], ['LMOVE', 's', 'd', 'LEFT', 'RIGHT'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('lmove_7', () =>
  check([['SET', 's', 'x'], ['RPUSH', 'l', 'a']], ['LMOVE', 'l', 's', 'LEFT', 'RIGHT'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('lmove_8', () =>
  check([['RPUSH', 'l', 'a']], ['LMOVE', 'l', 'd', 'UP', 'RIGHT'], { error: 'ERR syntax error' }, false));
test('lmove_9', () =>
  check([], ['LMOVE', 'l', 'd', 'LEFT'], { error: 'ERR wrong number of arguments for \'lmove\' command' }, false));
test('lpop_0', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LPOP', 'l'], { reply: b('a') }, false));
test('lpop_1', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LPOP', 'l', '2'], { reply: [b('a'), b('b')] }, false));
test('lpop_2', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LPOP', 'l', '10'], { reply: [b('a'), b('b'), b('c')] }, false));
test('lpop_3', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LPOP', 'l', '0'], { reply: [] }, false));
test('lpop_4', () =>
  check([['RPUSH', 'l', 'a'], ['LPOP', 'l']], ['EXISTS', 'l'], { reply: 0n }, false));
test('lpop_5', () =>
  check([], ['LPOP', 'missing'], { reply: null }, false));
test('lpop_6', () =>
  check([], ['LPOP', 'missing', '2'], { reply: null }, false));
test('lpop_7', () =>
  check([['RPUSH', 'l', 'a']], ['LPOP', 'l', '-1'], { error: 'ERR value is out of range, must be positive' }, false));
test('lpop_8', () =>
  check([['RPUSH', 'l', 'a']], ['LPOP', 'l', 'abc'], { error: 'ERR value is out of range, must be positive' }, false));
test('lpop_9', () =>
  check([['SET', 's', 'x']], ['LPOP', 's', '-1'], { error: 'ERR value is out of range, must be positive' }, false));
test('lpop_10', () =>
  check([['SET', 's', 'x']], ['LPOP', 's'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('lpop_11', () =>
  check([['RPUSH', 'l', 'a']], ['LPOP', 'l', '1', '2'], { error: 'ERR wrong number of arguments for \'lpop\' command' }, false));
test('lpop_12', () =>
  check([['RPUSH', 'l', 'a']], ['LPOP', 'l', 'abc', 'x'], { error: 'ERR wrong number of arguments for \'lpop\' command' }, false));
test('lpop_13', () =>
  check([['SET', 's', 'x']], ['LPOP', 's', '-1', 'x'], { error: 'ERR wrong number of arguments for \'lpop\' command' }, false));
test('lpop_14', () =>
  check([['SET', 's', 'x']], ['LPOP', 's', 'abc'], { error: 'ERR value is out of range, must be positive' }, false));
test('lpop_15', () =>
  check([], ['LPOP'], { error: 'ERR wrong number of arguments for \'lpop\' command' }, false));
test('lpos_0', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c', 'a', 'b', 'c']], ['LPOS', 'l', 'b'], { reply: 1n }, false));
test('lpos_1', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c', 'a', 'b', 'c']], ['LPOS', 'l', 'b', 'RANK', '2'], { reply: 4n }, false));
test('lpos_2', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c', 'a', 'b', 'c']], ['LPOS', 'l', 'b', 'RANK', '-1'], { reply: 4n }, false));
test('lpos_3', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c', 'a', 'b', 'c']], ['LPOS', 'l', 'b', 'RANK', '3'], { reply: null }, false));
test('lpos_4', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c', 'a', 'b', 'c']], ['LPOS', 'l', 'a', 'COUNT', '0'], { reply: [0n, 3n] }, false));
test('lpos_5', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c', 'a', 'b', 'c']], ['LPOS', 'l', 'a', 'COUNT', '0', 'RANK', '-1'], { reply: [3n, 0n] }, false));
test('lpos_6', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c', 'a', 'b', 'c']], ['LPOS', 'l', 'a', 'COUNT', '1'], { reply: [0n] }, false));
test('lpos_7', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c', 'a', 'b', 'c']], ['LPOS', 'l', 'c', 'MAXLEN', '2'], { reply: null }, false));
test('lpos_8', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c', 'a', 'b', 'c']], ['LPOS', 'l', 'c', 'maxlen', '3', 'rank', '1'], { reply: 2n }, false));
test('lpos_9', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c', 'a', 'b', 'c']], ['LPOS', 'l', 'a', 'RANK', '2', 'RANK', '1'], { reply: 0n }, false));
test('lpos_10', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'z', 'COUNT', '1'], { reply: [] }, false));
test('lpos_11', () =>
  check([], ['LPOS', 'missing', 'a'], { reply: null }, false));
test('lpos_12', () =>
  check([], ['LPOS', 'missing', 'a', 'COUNT', '0'], { reply: [] }, false));
test('lpos_13', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'RANK', '0'], { error: 'ERR RANK can\'t be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list' }, false));
test('lpos_14', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'RANK', 'abc'], { error: 'ERR value is not an integer or out of range' }, false));
test('lpos_15', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'COUNT', '-1'], { error: 'ERR COUNT can\'t be negative' }, false));
test('lpos_16', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'COUNT', 'abc'], { error: 'ERR COUNT can\'t be negative' }, false));
test('lpos_17', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'MAXLEN', '-1'], { error: 'ERR MAXLEN can\'t be negative' }, false));
test('lpos_18', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'MAXLEN', 'abc'], { error: 'ERR MAXLEN can\'t be negative' }, false));
test('lpos_19', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'FOO'], { error: 'ERR syntax error' }, false));
test('lpos_20', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'RANK'], { error: 'ERR syntax error' }, false));
test('lpos_21', () =>
  check([['SET', 's', 'x']], ['LPOS', 's', 'a', 'RANK', '0'], { error: 'ERR RANK can\'t be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list' }, false));
test('lpos_22', () =>
  check([['SET', 's', 'x']], ['LPOS', 's', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('lpos_23', () =>
  check([], ['LPOS', 'missing', 'a', 'COUNT', '1', 'RANK', '0'], { error: 'ERR RANK can\'t be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list' }, false));
test('lpos_24', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'RANK', '0', 'COUNT', '-1'], { error: 'ERR RANK can\'t be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list' }, false));
test('lpos_25', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'COUNT', '-1', 'RANK', '0'], { error: 'ERR COUNT can\'t be negative' }, false));
test('lpos_26', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'MAXLEN', 'abc', 'RANK', '0'], { error: 'ERR MAXLEN can\'t be negative' }, false));
test('lpos_27', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'RANK', 'abc', 'COUNT', 'abc'], { error: 'ERR value is not an integer or out of range' }, false));
test('lpos_28', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'COUNT', 'abc', 'RANK', 'abc'], { error: 'ERR COUNT can\'t be negative' }, false));
test('lpos_29', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'RANK', '0', 'FOO'], { error: 'ERR RANK can\'t be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list' }, false));
test('lpos_30', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'FOO', 'RANK', '0'], { error: 'ERR syntax error' }, false));
test('lpos_31', () =>
  check([['RPUSH', 'l', 'a']], ['LPOS', 'l', 'a', 'COUNT', '-1', 'RANK'], { error: 'ERR COUNT can\'t be negative' }, false));
test('lpos_32', () =>
  check([['SET', 's', 'x']], ['LPOS', 's', 'a', 'COUNT', '1', 'MAXLEN', '-1'], { error: 'ERR MAXLEN can\'t be negative' }, false));
test('lpos_33', () =>
  check([['SET', 's', 'x']], ['LPOS', 's', 'a', 'RANK', '1', 'FOO'], { error: 'ERR syntax error' }, false));
test('lpos_34', () =>
  check([['SET', 's', 'x']], ['LPOS', 's', 'a', 'COUNT', '1', 'RANK'], { error: 'ERR syntax error' }, false));
test('lpos_35', () =>
  check([], ['LPOS', 'missing', 'a', 'RANK', '-1', 'COUNT', '0', 'MAXLEN', '0'], { reply: [] }, false));
test('lpos_36', () =>
  check([], ['LPOS', 'l'], { error: 'ERR wrong number of arguments for \'lpos\' command' }, false));
test('lpush_0', () =>
  check([], ['LPUSH', 'l', 'a', 'b', 'c'], { reply: 3n }, false));
test('lpush_1', () =>
  check([['LPUSH', 'l', 'a', 'b', 'c']], ['LRANGE', 'l', '0', '-1'], { reply: [b('c'), b('b'), b('a')] }, false));
test('lpush_2', () =>
  check([['RPUSH', 'l', 'x']], ['LPUSH', 'l', 'y'], { reply: 2n }, false));
test('lpush_3', () =>
  check([['SET', 's', 'x']], ['LPUSH', 's', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('lpush_4', () =>
  check([], ['LPUSH', 'l'], { error: 'ERR wrong number of arguments for \'lpush\' command' }, false));
test('lpushx_0', () =>
  check([['RPUSH', 'l', 'a']], ['LPUSHX', 'l', 'b', 'c'], { reply: 3n }, false));
test('lpushx_1', () =>
  check([['RPUSH', 'l', 'a'], ['LPUSHX', 'l', 'b', 'c']], ['LRANGE', 'l', '0', '-1'], { reply: [b('c'), b('b'), b('a')] }, false));
test('lpushx_2', () =>
  check([], ['LPUSHX', 'missing', 'a'], { reply: 0n }, false));
test('lpushx_3', () =>
  check([['LPUSHX', 'missing', 'a']], ['EXISTS', 'missing'], { reply: 0n }, false));
test('lpushx_4', () =>
  check([['SET', 's', 'x']], ['LPUSHX', 's', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('lpushx_5', () =>
  check([], ['LPUSHX', 'l'], { error: 'ERR wrong number of arguments for \'lpushx\' command' }, false));
test('lrange_0', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LRANGE', 'l', '0', '-1'], { reply: [b('a'), b('b'), b('c')] }, false));
test('lrange_1', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LRANGE', 'l', '-2', '100'], { reply: [b('b'), b('c')] }, false));
test('lrange_2', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LRANGE', 'l', '-100', '0'], { reply: [b('a')] }, false));
test('lrange_3', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LRANGE', 'l', '2', '1'], { reply: [] }, false));
test('lrange_4', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LRANGE', 'l', '5', '10'], { reply: [] }, false));
test('lrange_5', () =>
  check([], ['LRANGE', 'missing', '0', '-1'], { reply: [] }, false));
test('lrange_6', () =>
  check([], ['LRANGE', 'missing', 'a', '1'], { error: 'ERR value is not an integer or out of range' }, false));
test('lrange_7', () =>
  check([['SET', 's', 'x']], ['LRANGE', 's', '0', '1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('lrange_8', () =>
  check([], ['LRANGE', 'l', '0'], { error: 'ERR wrong number of arguments for \'lrange\' command' }, false));
test('lrem_0', () =>
  check([['RPUSH', 'l', 'a', 'b', 'a', 'c', 'a']], ['LREM', 'l', '2', 'a'], { reply: 2n }, false));
test('lrem_1', () =>
  check([['RPUSH', 'l', 'a', 'b', 'a', 'c', 'a'], ['LREM', 'l', '-2', 'a']], ['LRANGE', 'l', '0', '-1'], { reply: [b('a'), b('b'), b('c')] }, false));
test('lrem_2', () =>
  check([['RPUSH', 'l', 'a', 'b', 'a', 'c', 'a']], ['LREM', 'l', '0', 'a'], { reply: 3n }, false));
test('lrem_3', () =>
  check([['RPUSH', 'l', 'a', 'a'], ['LREM', 'l', '0', 'a']], ['EXISTS', 'l'], { reply: 0n }, false));
test('lrem_4', () =>
  check([], ['LREM', 'missing', '0', 'a'], { reply: 0n }, false));
test('lrem_5', () =>
  check([['RPUSH', 'l', 'a']], ['LREM', 'l', 'abc', 'a'], { error: 'ERR value is not an integer or out of range' }, false));
test('lrem_6', () =>
  check([['SET', 's', 'x']], ['LREM', 's', '1', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('lrem_7', () =>
  check([], ['LREM', 'l', '1'], { error: 'ERR wrong number of arguments for \'lrem\' command' }, false));
test('lset_0', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LSET', 'l', '0', 'x'], { reply: 'OK' }, false));
test('lset_1', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c'], ['LSET', 'l', '-1', 'x']], ['LRANGE', 'l', '0', '-1'], { reply: [b('a'), b('b'), b('x')] }, false));
test('lset_2', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LSET', 'l', '3', 'x'], { error: 'ERR index out of range' }, false));
test('lset_3', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LSET', 'l', '-4', 'x'], { error: 'ERR index out of range' }, false));
test('lset_4', () =>
  check([], ['LSET', 'missing', '0', 'x'], { error: 'ERR no such key' }, false));
test('lset_5', () =>
  check([['RPUSH', 'l', 'a']], ['LSET', 'l', 'abc', 'x'], { error: 'ERR value is not an integer or out of range' }, false));
test('lset_6', () =>
  check([['SET', 's', 'x']], ['LSET', 's', '0', 'x'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('lset_7', () =>
  check([], ['LSET', 'missing', 'abc', 'x'], { error: 'ERR no such key' }, false));
test('lset_8', () =>
  check([['SET', 's', 'x']], ['LSET', 's', 'abc', 'x'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('lset_9', () =>
  check([], ['LSET', 'l', '0'], { error: 'ERR wrong number of arguments for \'lset\' command' }, false));
test('ltrim_0', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c', 'd']], ['LTRIM', 'l', '1', '-2'], { reply: 'OK' }, false));
test('ltrim_1', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c', 'd'], ['LTRIM', 'l', '1', '-2']], ['LRANGE', 'l', '0', '-1'], { reply: [b('b'), b('c')] }, false));
test('ltrim_2', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c', 'd'], ['LTRIM', 'l', '-2', '100']], ['LRANGE', 'l', '0', '-1'], { reply: [b('c'), b('d')] }, false));
test('ltrim_3', () =>
  check([['RPUSH', 'l', 'a', 'b'], ['LTRIM', 'l', '5', '10']], ['EXISTS', 'l'], { reply: 0n }, false));
test('ltrim_4', () =>
  check([], ['LTRIM', 'missing', '0', '1'], { reply: 'OK' }, false));
test('ltrim_5', () =>
  check([], ['LTRIM', 'missing', 'a', '1'], { error: 'ERR value is not an integer or out of range' }, false));
test('ltrim_6', () =>
  check([['SET', 's', 'x']], ['LTRIM', 's', '0', '1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('ltrim_7', () =>
  check([], ['LTRIM', 'l', '0'], { error: 'ERR wrong number of arguments for \'ltrim\' command' }, false));
test('rpop_0', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['RPOP', 'l'], { reply: b('c') }, false));
test('rpop_1', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['RPOP', 'l', '2'], { reply: [b('c'), b('b')] }, false));
test('rpop_2', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['RPOP', 'l', '0'], { reply: [] }, false));
test('rpop_3', () =>
  check([], ['RPOP', 'missing'], { reply: null }, false));
test('rpop_4', () =>
  check([], ['RPOP', 'missing', '0'], { reply: null }, false));
test('rpop_5', () =>
  check([['RPUSH', 'l', 'a']], ['RPOP', 'l', '-2'], { error: 'ERR value is out of range, must be positive' }, false));
test('rpop_6', () =>
  check([['RPUSH', 'l', 'a']], ['RPOP', 'l', '01'], { error: 'ERR value is out of range, must be positive' }, false));
test('rpop_7', () =>
  check([['SET', 's', 'x']], ['RPOP', 's'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('rpop_8', () =>
  check([['RPUSH', 'l', 'a']], ['RPOP', 'l', '1', '2'], { error: 'ERR wrong number of arguments for \'rpop\' command' }, false));
test('rpop_9', () =>
  check([['RPUSH', 'l', 'a']], ['RPOP', 'l', '-0', 'JUNK'], { error: 'ERR wrong number of arguments for \'rpop\' command' }, false));
test('rpush_0', () =>
  check([], ['RPUSH', 'l', 'a', 'b', 'c'], { reply: 3n }, false));
test('rpush_1', () =>
  check([['RPUSH', 'l', 'a', 'b', 'c']], ['LRANGE', 'l', '0', '-1'], { reply: [b('a'), b('b'), b('c')] }, false));
test('rpush_2', () =>
  check([['SET', 's', 'x']], ['RPUSH', 's', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('rpush_3', () =>
  check([], ['RPUSH', 'l'], { error: 'ERR wrong number of arguments for \'rpush\' command' }, false));
test('rpushx_0', () =>
  check([['RPUSH', 'l', 'a']], ['RPUSHX', 'l', 'b', 'c'], { reply: 3n }, false));
test('rpushx_1', () =>
  check([], ['RPUSHX', 'missing', 'a'], { reply: 0n }, false));
test('rpushx_2', () =>
  check([['SET', 's', 'x']], ['RPUSHX', 's', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('rpushx_3', () =>
  check([], ['RPUSHX', 'l'], { error: 'ERR wrong number of arguments for \'rpushx\' command' }, false));
test('sadd_0', () =>
  check([], ['SADD', 's', 'a', 'b', 'a'], { reply: 2n }, false));
test('sadd_1', () =>
  check([['SADD', 's', 'a']], ['SADD', 's', 'a', 'c'], { reply: 1n }, false));
test('sadd_2', () =>
  check([['SADD', 's', '1', '2']], ['SADD', 's', '01', '2'], { reply: 1n }, false));
test('sadd_3', () =>
  check([['SET', 'k', 'v']], ['SADD', 'k', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('sadd_4', () =>
  check([], ['SADD', 's'], { error: 'ERR wrong number of arguments for \'sadd\' command' }, false));
test('scard_0', () =>
  check([['SADD', 's', 'a', 'b', 'c']], ['SCARD', 's'], { reply: 3n }, false));
test('scard_1', () =>
  check([], ['SCARD', 'missing'], { reply: 0n }, false));
test('scard_2', () =>
  check([['SET', 'k', 'v']], ['SCARD', 'k'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('scard_3', () =>
  check([], ['SCARD', 'a', 'b'], { error: 'ERR wrong number of arguments for \'scard\' command' }, false));
test('sdiff_0', () =>
  check([['SADD', 'a', 'x', 'y', 'z'], ['SADD', 'b', 'y']], ['SDIFF', 'a', 'b', 'missing'], { reply: [b('x'), b('z')] }, true));
test('sdiff_1', () =>
  check([['SADD', 'a', 'x']], ['SDIFF', 'missing', 'a'], { reply: [] }, false));
test('sdiff_2', () =>
  check([['SADD', 'a', 'x']], ['SDIFF', 'a'], { reply: [b('x')] }, false));
test('sdiff_3', () =>
  check([['SET', 'k', 'v']], ['SDIFF', 'missing', 'k'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('sdiff_4', () =>
  check([], ['SDIFF'], { error: 'ERR wrong number of arguments for \'sdiff\' command' }, false));
test('sdiffstore_0', () =>
  check([['SADD', 'a', 'x', 'y', 'z'], ['SADD', 'b', 'y']], ['SDIFFSTORE', 'd', 'a', 'b'], { reply: 2n }, false));
test('sdiffstore_1', () =>
  check([['SET', 'd', 'v'], ['SADD', 'a', 'x']], ['SDIFFSTORE', 'd', 'a', 'a'], { reply: 0n }, false));
test('sdiffstore_2', () =>
  check([['SET', 'd', 'v'], ['SADD', 'a', 'x']], ['SDIFFSTORE', 'd', 'a'], { reply: 1n }, false));
test('sdiffstore_3', () =>
  check([['SET', 'k', 'v']], ['SDIFFSTORE', 'd', 'k'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('sdiffstore_4', () =>
  check([], ['SDIFFSTORE', 'd'], { error: 'ERR wrong number of arguments for \'sdiffstore\' command' }, false));
test('sinter_0', () =>
  check([['SADD', 'a', 'x', 'y', 'z'], ['SADD', 'b', 'y', 'z', 'w']], ['SINTER', 'a', 'b'], { reply: [b('y'), b('z')] }, true));
test('sinter_1', () =>
  check([['SADD', 'a', 'x']], ['SINTER', 'a', 'missing'], { reply: [] }, false));
test('sinter_2', () =>
  check([['SET', 'k', 'v']], ['SINTER', 'missing', 'k'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('sinter_3', () =>
  check([], ['SINTER'], { error: 'ERR wrong number of arguments for \'sinter\' command' }, false));
test('sinterstore_0', () =>
  check([['SADD', 'a', 'x', 'y', 'z'], ['SADD', 'b', 'y', 'z', 'w']], ['SINTERSTORE', 'd', 'a', 'b'], { reply: 2n }, false));
test('sinterstore_1', () =>
  check([['SET', 'd', 'v'], ['SADD', 'a', 'x']], ['SINTERSTORE', 'd', 'a', 'missing'], { reply: 0n }, false));
test('sinterstore_2', () =>
  check([['SET', 'd', 'v'], ['SADD', 'a', 'x']], ['SINTERSTORE', 'd', 'a'], { reply: 1n }, false));
test('sinterstore_3', () =>
  check([['SET', 'k', 'v']], ['SINTERSTORE', 'd', 'missing', 'k'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('sinterstore_4', () =>
  check([], ['SINTERSTORE', 'd'], { error: 'ERR wrong number of arguments for \'sinterstore\' command' }, false));
test('sismember_0', () =>
  check([['SADD', 's', 'a']], ['SISMEMBER', 's', 'a'], { reply: 1n }, false));
test('sismember_1', () =>
  check([['SADD', 's', 'a']], ['SISMEMBER', 's', 'b'], { reply: 0n }, false));
test('sismember_2', () =>
  check([], ['SISMEMBER', 'missing', 'a'], { reply: 0n }, false));
test('sismember_3', () =>
  check([['SET', 'k', 'v']], ['SISMEMBER', 'k', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('sismember_4', () =>
  check([], ['SISMEMBER', 's'], { error: 'ERR wrong number of arguments for \'sismember\' command' }, false));
test('smembers_0', () =>
  check([['SADD', 's', 'a', 'b', 'c']], ['SMEMBERS', 's'], { reply: [b('a'), b('b'), b('c')] }, true));
test('smembers_1', () =>
  check([['SADD', 's', '3', '-1', '2']], ['SMEMBERS', 's'], { reply: [b('-1'), b('2'), b('3')] }, true));
test('smembers_2', () =>
  check([], ['SMEMBERS', 'missing'], { reply: [] }, false));
test('smembers_3', () =>
  check([['SET', 'k', 'v']], ['SMEMBERS', 'k'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('smembers_4', () =>
  check([], ['SMEMBERS'], { error: 'ERR wrong number of arguments for \'smembers\' command' }, false));
test('smismember_0', () =>
  check([['SADD', 's', 'a', 'b']], ['SMISMEMBER', 's', 'a', 'x', 'b'], { reply: [1n, 0n, 1n] }, false));
test('smismember_1', () =>
  check([], ['SMISMEMBER', 'missing', 'a', 'b'], { reply: [0n, 0n] }, false));
test('smismember_2', () =>
  check([['SET', 'k', 'v']], ['SMISMEMBER', 'k', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('smismember_3', () =>
  check([], ['SMISMEMBER', 's'], { error: 'ERR wrong number of arguments for \'smismember\' command' }, false));
test('smove_0', () =>
  check([['SADD', 'a', 'x', 'y']], ['SMOVE', 'a', 'b', 'x'], { reply: 1n }, false));
test('smove_1', () =>
  check([['SADD', 'a', 'x']], ['SMOVE', 'a', 'b', 'z'], { reply: 0n }, false));
test('smove_2', () =>
  check([['SADD', 'a', 'x']], ['SMOVE', 'a', 'a', 'x'], { reply: 1n }, false));
test('smove_3', () =>
  check([['SET', 'k', 'v']], ['SMOVE', 'missing', 'k', 'x'], { reply: 0n }, false));
test('smove_4', () =>
  check([['SADD', 'a', 'x'], ['SET', 'k', 'v']], ['SMOVE', 'a', 'k', 'x'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('smove_5', () =>
  check([['SET', 'k', 'v']], ['SMOVE', 'k', 'a', 'x'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('smove_6', () =>
  check([], ['SMOVE', 'a', 'b'], { error: 'ERR wrong number of arguments for \'smove\' command' }, false));
test('spop_0', () =>
  check([['SADD', 's', 'a']], ['SPOP', 's'], { reply: b('a') }, false));
test('spop_1', () =>
  check([], ['SPOP', 'missing'], { reply: null }, false));
test('spop_2', () =>
  check([], ['SPOP', 'missing', '2'], { reply: [] }, false));
test('spop_3', () =>
  check([['SADD', 's', 'a', 'b']], ['SPOP', 's', '5'], { reply: [b('a'), b('b')] }, true));
test('spop_4', () =>
  check([['SADD', 's', 'a', 'b']], ['SPOP', 's', '0'], { reply: [] }, false));
test('spop_5', () =>
  check([['SADD', 's', 'a']], ['SPOP', 's', '-1'], { error: 'ERR value is out of range, must be positive' }, false));
test('spop_6', () =>
  check([['SET', 'k', 'v']], ['SPOP', 'k', '0'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('spop_7', () =>
  check([['SADD', 's', 'a']], ['SPOP', 's', '1', '2'], { error: 'ERR syntax error' }, false));
test('spop_8', () =>
  check([['SADD', 's', 'a']], ['SPOP', 's', 'x'], { error: 'ERR value is out of range, must be positive' }, false));
test('spop_9', () =>
  check([['SADD', 's', 'a']], ['SPOP', 's', '1.5'], { error: 'ERR value is out of range, must be positive' }, false));
test('spop_10', () =>
  check([['SADD', 's', 'a']], ['SPOP', 's', 'x', 'y'], { error: 'ERR syntax error' }, false));
test('spop_11', () =>
  check([['SET', 'k', 'v']], ['SPOP', 'k', 'x'], { error: 'ERR value is out of range, must be positive' }, false));
test('spop_12', () =>
  check([], ['SPOP'], { error: 'ERR wrong number of arguments for \'spop\' command' }, false));
test('srandmember_0', () =>
  check([['SADD', 's', 'a']], ['SRANDMEMBER', 's'], { reply: b('a') }, false));
test('srandmember_1', () =>
  check([], ['SRANDMEMBER', 'missing'], { reply: null }, false));
test('srandmember_2', () =>
  check([], ['SRANDMEMBER', 'missing', '-3'], { reply: [] }, false));
test('srandmember_3', () =>
  check([['SADD', 's', 'a', 'b']], ['SRANDMEMBER', 's', '5'], { reply: [b('a'), b('b')] }, true));
test('srandmember_4', () =>
  check([['SADD', 's', 'a']], ['SRANDMEMBER', 's', '-3'], { reply: [b('a'), b('a'), b('a')] }, false));
test('srandmember_5', () =>
  check([['SADD', 's', 'a']], ['SRANDMEMBER', 's', '0'], { reply: [] }, false));
test('srandmember_6', () =>
  check([['SADD', 's', 'a']], ['SRANDMEMBER', 's', 'x'], { error: 'ERR value is not an integer or out of range' }, false));
test('srandmember_7', () =>
  check([['SADD', 's', 'a']], ['SRANDMEMBER', 's', '-9223372036854775808'], { error: 'ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807' }, false));
test('srandmember_8', () =>
  check([['SET', 'k', 'v']], ['SRANDMEMBER', 'k', '0'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('srandmember_9', () =>
  check([['SADD', 's', 'a']], ['SRANDMEMBER', 's', '1', '2'], { error: 'ERR syntax error' }, false));
test('srandmember_10', () =>
  check([['SADD', 's', 'a']], ['SRANDMEMBER', 's', 'x', 'y'], { error: 'ERR syntax error' }, false));
test('srandmember_11', () =>
  check([], ['SRANDMEMBER'], { error: 'ERR wrong number of arguments for \'srandmember\' command' }, false));
test('srem_0', () =>
  check([['SADD', 's', 'a', 'b', 'c']], ['SREM', 's', 'a', 'x', 'a'], { reply: 1n }, false));
test('srem_1', () =>
  check([], ['SREM', 'missing', 'a'], { reply: 0n }, false));
test('srem_2', () =>
  check([['SET', 'k', 'v']], ['SREM', 'k', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('srem_3', () =>
  check([], ['SREM', 's'], { error: 'ERR wrong number of arguments for \'srem\' command' }, false));
test('sunion_0', () =>
  check([['SADD', 'a', 'x', 'y'], ['SADD', 'b', 'y', 'z']], ['SUNION', 'a', 'b', 'missing'], { reply: [b('x'), b('y'), b('z')] }, true));
test('sunion_1', () =>
  check([], ['SUNION', 'missing'], { reply: [] }, false));
test('sunion_2', () =>
  check([['SET', 'k', 'v']], ['SUNION', 'missing', 'k'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('sunion_3', () =>
  check([], ['SUNION'], { error: 'ERR wrong number of arguments for \'sunion\' command' }, false));
test('sunionstore_0', () =>
  check([['SADD', 'a', 'x', 'y'], ['SADD', 'b', 'y', 'z']], ['SUNIONSTORE', 'd', 'a', 'b'], { reply: 3n }, false));
test('sunionstore_1', () =>
  check([['SET', 'd', 'v']], ['SUNIONSTORE', 'd', 'missing'], { reply: 0n }, false));
test('sunionstore_2', () =>
  check([['SET', 'd', 'v'], ['SADD', 'a', 'x']], ['SUNIONSTORE', 'd', 'a', 'd'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('sunionstore_3', () =>
  check([], ['SUNIONSTORE', 'd'], { error: 'ERR wrong number of arguments for \'sunionstore\' command' }, false));
test('zadd_0', () =>
  check([], ['ZADD', 'z', '1', 'a', '2', 'b'], { reply: 2n }, false));
test('zadd_1', () =>
  check([['ZADD', 'z', '1', 'a']], ['ZADD', 'z', '5', 'a', '2', 'b'], { reply: 1n }, false));
test('zadd_2', () =>
  check([['ZADD', 'z', '1', 'a']], ['ZADD', 'z', 'CH', '5', 'a', '2', 'b'], { reply: 2n }, false));
test('zadd_3', () =>
  check([['ZADD', 'z', '1', 'a']], ['ZADD', 'z', 'NX', '5', 'a', '2', 'b'], { reply: 1n }, false));
test('zadd_4', () =>
  check([['ZADD', 'z', '1', 'a']], ['ZADD', 'z', 'XX', 'CH', '5', 'a', '2', 'b'], { reply: 1n }, false));
test('zadd_5', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZADD', 'z', 'GT', 'CH', '1', 'a', '5', 'b', '2', 'c'], { reply: 1n }, false));
test('zadd_6', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b']], ['ZADD', 'z', 'LT', 'CH', '5', 'a', '1', 'b', '1', 'c'], { reply: 2n }, false));
test('zadd_7', () =>
  check([['ZADD', 'z', '1', 'a']], ['ZADD', 'z', 'INCR', '2.5', 'a'], { reply: b('3.5') }, false));
test('zadd_8', () =>
  check([], ['ZADD', 'z', 'INCR', '0.1', 'a'], { reply: b('0.10000000000000001') }, false));
test('zadd_9', () =>
  check([['ZADD', 'z', '1', 'a']], ['ZADD', 'z', 'NX', 'INCR', '2', 'a'], { reply: null }, false));
test('zadd_10', () =>
  check([['ZADD', 'z', '1', 'a']], ['ZADD', 'z', 'GT', 'INCR', '-1', 'a'], { reply: null }, false));
test('zadd_11', () =>
  check([], ['ZADD', 'z', 'XX', 'INCR', '2', 'a'], { reply: null }, false));
test('zadd_12', () =>
  check([], ['ZADD', 'z', 'XX', '2', 'a'], { reply: 0n }, false));
test('zadd_13', () =>
  check([], ['ZADD', 'z', '0x10', 'a', 'inf', 'b', '-1e3', 'c'], { reply: 3n }, false));
test('zadd_14', () =>
  check([], ['ZADD', 'z', '1', 'nx'], { reply: 1n }, false));
test('zadd_15', () =>
  check([], ['ZADD', 'z', 'nx', '1', 'a'], { reply: 1n }, false));
test('zadd_16', () =>
  check([['ZADD', 'z', 'inf', 'a']], ['ZADD', 'z', 'INCR', '-inf', 'a'], { error: 'ERR resulting score is not a number (NaN)' }, false));
test('zadd_17', () =>
  check([], ['ZADD', 'z', 'NX', 'XX', '1', 'a'], { error: 'ERR XX and NX options at the same time are not compatible' }, false));
test('zadd_18', () =>
  check([], ['ZADD', 'z', 'GT', 'LT', '1', 'a'], { error: 'ERR GT, LT, and/or NX options at the same time are not compatible' }, false));
test('zadd_19', () =>
  check([], ['ZADD', 'z', 'NX', 'GT', '1', 'a'], { error: 'ERR GT, LT, and/or NX options at the same time are not compatible' }, false));
test('zadd_20', () =>
  check([], ['ZADD', 'z', 'INCR', '1', 'a', '2', 'b'], { error: 'ERR INCR option supports a single increment-element pair' }, false));
test('zadd_21', () =>
  check([], ['ZADD', 'z', '1', 'a', '2'], { error: 'ERR syntax error' }, false));
test('zadd_22', () =>
  check([], ['ZADD', 'z', 'nan', 'a'], { error: 'ERR value is not a valid float' }, false));
test('zadd_23', () =>
  check([], ['ZADD', 'z', 'x', 'a'], { error: 'ERR value is not a valid float' }, false));
test('zadd_24', () =>
  check([], ['ZADD', 'z', ' 1', 'a'], { error: 'ERR value is not a valid float' }, false));
test('zadd_25', () =>
  check([['SET', 'k', 'v']], ['ZADD', 'k', '1', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zadd_26', () =>
  check([], ['ZADD', 'z', 'NX', 'XX', 'x', 'a'], { error: 'ERR XX and NX options at the same time are not compatible' }, false));
test('zadd_27', () =>
  check([], ['ZADD', 'z', 'GT', 'LT', 'x', 'a'], { error: 'ERR GT, LT, and/or NX options at the same time are not compatible' }, false));
test('zadd_28', () =>
  check([], ['ZADD', 'z', 'INCR', 'x', 'a', 'y', 'b'], { error: 'ERR INCR option supports a single increment-element pair' }, false));
test('zadd_29', () =>
  check([], ['ZADD', 'z', 'NX', 'XX', '1', 'a', '2'], { error: 'ERR syntax error' }, false));
test('zadd_30', () =>
  check([], ['ZADD', 'z', 'x', 'a', '2'], { error: 'ERR syntax error' }, false));
test('zadd_31', () =>
  check([['SET', 'k', 'v']], ['ZADD', 'k', 'x', 'a'], { error: 'ERR value is not a valid float' }, false));
test('zadd_32', () =>
  check([], ['ZADD', 'z', '1'], { error: 'ERR wrong number of arguments for \'zadd\' command' }, false));
test('zcard_0', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b']], ['ZCARD', 'z'], { reply: 2n }, false));
test('zcard_1', () =>
  check([], ['ZCARD', 'missing'], { reply: 0n }, false));
test('zcard_2', () =>
  check([['SET', 'k', 'v']], ['ZCARD', 'k'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zcard_3', () =>
  check([], ['ZCARD'], { error: 'ERR wrong number of arguments for \'zcard\' command' }, false));
test('zcount_0', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZCOUNT', 'z', '1', '2'], { reply: 2n }, false));
test('zcount_1', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZCOUNT', 'z', '(1', '(3'], { reply: 1n }, false));
test('zcount_2', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZCOUNT', 'z', '-inf', '+inf'], { reply: 3n }, false));
test('zcount_3', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZCOUNT', 'z', '3', '1'], { reply: 0n }, false));
test('zcount_4', () =>
  check([['ZADD', 'z', '0', 'a', '1', 'b']], ['ZCOUNT', 'z', '', '('], { reply: 0n }, false));
test('zcount_5', () =>
  check([['ZADD', 'z', '0', 'a', '1', 'b', '2', 'c']], ['ZCOUNT', 'z', ' 1', '( 2'], { reply: 1n }, false));
test('zcount_6', () =>
  check([['ZADD', 'z', '1', 'a', '16', 'b']], ['ZCOUNT', 'z', '0x10', '1e400'], { reply: 1n }, false));
test('zcount_7', () =>
  check([], ['ZCOUNT', 'missing', '1', '2'], { reply: 0n }, false));
test('zcount_8', () =>
  check([], ['ZCOUNT', 'missing', 'a', '2'], { error: 'ERR min or max is not a float' }, false));
test('zcount_9', () =>
  check([], ['ZCOUNT', 'z', '1', '(nan'], { error: 'ERR min or max is not a float' }, false));
test('zcount_10', () =>
  check([], ['ZCOUNT', 'z', '[1', '2'], { error: 'ERR min or max is not a float' }, false));
test('zcount_11', () =>
  check([], ['ZCOUNT', 'z', ' ', '2'], { error: 'ERR min or max is not a float' }, false));
test('zcount_12', () =>
  check([['SET', 'k', 'v']], ['ZCOUNT', 'k', '1', '2'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zcount_13', () =>
  check([['SET', 'k', 'v']], ['ZCOUNT', 'k', 'a', '2'], { error: 'ERR min or max is not a float' }, false));
test('zcount_14', () =>
  check([], ['ZCOUNT', 'z', '1'], { error: 'ERR wrong number of arguments for \'zcount\' command' }, false));
test('zincrby_0', () =>
  check([['ZADD', 'z', '1', 'a']], ['ZINCRBY', 'z', '2', 'a'], { reply: b('3') }, false));
test('zincrby_1', () =>
  check([], ['ZINCRBY', 'z', '1.1', 'a'], { reply: b('1.1000000000000001') }, false));
test('zincrby_2', () =>
  check([['ZADD', 'z', '5', 'a']], ['ZINCRBY', 'z', '-5', 'a'], { reply: b('0') }, false));
test('zincrby_3', () =>
  check([], ['ZINCRBY', 'z', '-0', 'a'], { reply: b('-0') }, false));
test('zincrby_4', () =>
  check([['ZADD', 'z', '1', 'a']], ['ZINCRBY', 'z', 'inf', 'a'], { reply: b('inf') }, false));
test('zincrby_5', () =>
  check([['ZADD', 'z', 'inf', 'a']], ['ZINCRBY', 'z', '-inf', 'a'], { error: 'ERR resulting score is not a number (NaN)' }, false));
test('zincrby_6', () =>
  check([], ['ZINCRBY', 'z', 'x', 'a'], { error: 'ERR value is not a valid float' }, false));
test('zincrby_7', () =>
  check([['SET', 'k', 'v']], ['ZINCRBY', 'k', '1', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zincrby_8', () =>
  check([], ['ZINCRBY', 'z', '1'], { error: 'ERR wrong number of arguments for \'zincrby\' command' }, false));
test('zmscore_0', () =>
  check([['ZADD', 'z', '1.5', 'a', '2', 'b']], ['ZMSCORE', 'z', 'a', 'x', 'b'], { reply: [b('1.5'), null, b('2')] }, false));
test('zmscore_1', () =>
  check([], ['ZMSCORE', 'missing', 'a', 'b'], { reply: [null, null] }, false));
test('zmscore_2', () =>
  check([['SET', 'k', 'v']], ['ZMSCORE', 'k', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zmscore_3', () =>
  check([], ['ZMSCORE', 'z'], { error: 'ERR wrong number of arguments for \'zmscore\' command' }, false));
test('zpopmax_0', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZPOPMAX', 'z'], { reply: [b('c'), b('3')] }, false));
test('zpopmax_1', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZPOPMAX', 'z', '2'], { reply: [b('c'), b('3'), b('b'), b('2')] }, false));
test('zpopmax_2', () =>
  check([['ZADD', 'z', '1', 'a']], ['ZPOPMAX', 'z', '10'], { reply: [b('a'), b('1')] }, false));
test('zpopmax_3', () =>
  check([['ZADD', 'z', '1', 'a']], ['ZPOPMAX', 'z', '0'], { reply: [] }, false));
test('zpopmax_4', () =>
  check([], ['ZPOPMAX', 'missing'], { reply: [] }, false));
test('zpopmax_5', () =>
  check([], ['ZPOPMAX', 'z', '-1'], { error: 'ERR value is out of range, must be positive' }, false));
test('zpopmax_6', () =>
  check([['SET', 'k', 'v']], ['ZPOPMAX', 'k', '0'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zpopmax_7', () =>
  check([], ['ZPOPMAX', 'z', '1', '2'], { error: 'ERR syntax error' }, false));
test('zpopmax_8', () =>
  check([], ['ZPOPMAX', 'z', 'x'], { error: 'ERR value is out of range, must be positive' }, false));
test('zpopmax_9', () =>
  check([], ['ZPOPMAX', 'z', '1.5'], { error: 'ERR value is out of range, must be positive' }, false));
test('zpopmax_10', () =>
  check([], ['ZPOPMAX', 'z', 'x', '1'], { error: 'ERR syntax error' }, false));
test('zpopmax_11', () =>
  check([['SET', 'k', 'v']], ['ZPOPMAX', 'k', 'x'], { error: 'ERR value is out of range, must be positive' }, false));
test('zpopmax_12', () =>
  check([], ['ZPOPMAX'], { error: 'ERR wrong number of arguments for \'zpopmax\' command' }, false));
test('zpopmin_0', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZPOPMIN', 'z'], { reply: [b('a'), b('1')] }, false));
test('zpopmin_1', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZPOPMIN', 'z', '2'], { reply: [b('a'), b('1'), b('b'), b('2')] }, false));
test('zpopmin_2', () =>
  check([['ZADD', 'z', '1', 'a', '1', 'b']], ['ZPOPMIN', 'z', '5'], { reply: [b('a'), b('1'), b('b'), b('1')] }, false));
test('zpopmin_3', () =>
  check([], ['ZPOPMIN', 'missing', '1'], { reply: [] }, false));
test('zpopmin_4', () =>
  check([], ['ZPOPMIN', 'z', '-1'], { error: 'ERR value is out of range, must be positive' }, false));
test('zpopmin_5', () =>
  check([['SET', 'k', 'v']], ['ZPOPMIN', 'k'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zpopmin_6', () =>
  check([], ['ZPOPMIN', 'z', '1', '2'], { error: 'ERR syntax error' }, false));
test('zpopmin_7', () =>
  check([], ['ZPOPMIN', 'z', 'x'], { error: 'ERR value is out of range, must be positive' }, false));
test('zpopmin_8', () =>
  check([], ['ZPOPMIN', 'z', 'x', 'y'], { error: 'ERR syntax error' }, false));
test('zpopmin_9', () =>
  check([], ['ZPOPMIN'], { error: 'ERR wrong number of arguments for \'zpopmin\' command' }, false));
test('zrange_0', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANGE', 'z', '0', '-1'], { reply: [b('a'), b('b'), b('c')] }, false));
test('zrange_1', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANGE', 'z', '-2', '100', 'WITHSCORES'], { reply: [b('b'), b('2'), b('c'), b('3')] }, false));
test('zrange_2', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANGE', 'z', '0', '0', 'REV'], { reply: [b('c')] }, false));
test('zrange_3', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANGE', 'z', '2', '1'], { reply: [] }, false));
test('zrange_4', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANGE', 'z', '(1', '+inf', 'BYSCORE'], { reply: [b('b'), b('c')] }, false));
test('zrange_5', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANGE', 'z', '+inf', '-inf', 'BYSCORE', 'REV', 'LIMIT', '1', '5', 'WITHSCORES'], { reply: [b('b'), b('2'), b('a'), b('1')] }, false));
test('zrange_6', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANGE', 'z', '-inf', '+inf', 'BYSCORE', 'LIMIT', '-1', '5'], { reply: [] }, false));
test('zrange_7', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANGE', 'z', '-inf', '+inf', 'BYSCORE', 'LIMIT', '1', '-5'], { reply: [b('b'), b('c')] }, false));
test('zrange_8', () =>
  check([['ZADD', 'z', '0', 'a', '0', 'b', '0', 'c', '0', 'd']], ['ZRANGE', 'z', '[b', '(d', 'BYLEX'], { reply: [b('b'), b('c')] }, false));
test('zrange_9', () =>
  check([['ZADD', 'z', '0', 'a', '0', 'b', '0', 'c', '0', 'd']], ['ZRANGE', 'z', '+', '-', 'BYLEX', 'REV', 'LIMIT', '1', '2'], { reply: [b('c'), b('b')] }, false));
test('zrange_10', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b']], ['ZRANGE', 'z', '0', '-1', 'LIMIT', '5', '-1'], { reply: [b('a'), b('b')] }, false));
test('zrange_11', () =>
  check([], ['ZRANGE', 'missing', '0', '-1'], { reply: [] }, false));
test('zrange_12', () =>
  check([], ['ZRANGE', 'z', '0', '-1', 'LIMIT', '0', '1'], { error: 'ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX' }, false));
test('zrange_13', () =>
  check([], ['ZRANGE', 'z', '-', '+', 'BYLEX', 'WITHSCORES'], { error: 'ERR syntax error, WITHSCORES not supported in combination with BYLEX' }, false));
test('zrange_14', () =>
  check([], ['ZRANGE', 'z', '-', '+', 'BYSCORE'], { error: 'ERR min or max is not a float' }, false));
test('zrange_15', () =>
  check([], ['ZRANGE', 'z', 'a', 'b', 'BYLEX'], { error: 'ERR min or max not valid string range item' }, false));
test('zrange_16', () =>
  check([], ['ZRANGE', 'z', '0', 'x'], { error: 'ERR value is not an integer or out of range' }, false));
test('zrange_17', () =>
  check([], ['ZRANGE', 'z', '0', '1', 'BYSCORE', 'BYLEX'], { error: 'ERR syntax error' }, false));
test('zrange_18', () =>
  check([], ['ZRANGE', 'z', '0', '1', 'LIMIT', '1'], { error: 'ERR syntax error' }, false));
test('zrange_19', () =>
  check([], ['ZRANGE', 'z', '0', '1', 'FOO'], { error: 'ERR syntax error' }, false));
test('zrange_20', () =>
  check([['SET', 'k', 'v']], ['ZRANGE', 'k', '0', '-1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zrange_21', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b']], ['ZRANGE', 'z', '0', '-1', 'WITHSCORES', 'WITHSCORES'], { reply: [b('a'), b('1'), b('b'), b('2')] }, false));
test('zrange_22', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b']], ['ZRANGE', 'z', '0', '-1', 'LIMIT', '0', '1', 'LIMIT', '5', '-1'], { reply: [b('a'), b('b')] }, false));
test('zrange_23', () =>
  check([], ['ZRANGE', 'z', '0', 'x', 'REV', 'REV'], { error: 'ERR syntax error' }, false));
test('zrange_24', () =>
  check([], ['ZRANGE', 'z', 'a', 'b', 'BYSCORE', 'BYSCORE'], { error: 'ERR syntax error' }, false));
test('zrange_25', () =>
  check([], ['ZRANGE', 'z', 'a', 'b', 'BYLEX', 'BYLEX'], { error: 'ERR syntax error' }, false));
test('zrange_26', () =>
  check([], ['ZRANGE', 'z', 'a', 'b', 'BYSCORE', 'LIMIT', '0', 'x'], { error: 'ERR value is not an integer or out of range' }, false));
test('zrange_27', () =>
  check([], ['ZRANGE', 'z', 'x', '1', 'LIMIT', '0', '1'], { error: 'ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX' }, false));
test('zrange_28', () =>
  check([], ['ZRANGE', 'z', 'a', 'b', 'BYLEX', 'WITHSCORES'], { error: 'ERR syntax error, WITHSCORES not supported in combination with BYLEX' }, false));
test('zrange_29', () =>
  check([], ['ZRANGE', 'z', 'x', '1', 'FOO'], { error: 'ERR syntax error' }, false));
test('zrange_30', () =>
  check([['SET', 'k', 'v']], ['ZRANGE', 'k', 'x', '1'], { error: 'ERR value is not an integer or out of range' }, false));
test('zrange_31', () =>
  check([], ['ZRANGE', 'z', '0'], { error: 'ERR wrong number of arguments for \'zrange\' command' }, false));
test('zrangebyscore_0', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANGEBYSCORE', 'z', '1', '2'], { reply: [b('a'), b('b')] }, false));
test('zrangebyscore_1', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANGEBYSCORE', 'z', '(1', '+inf', 'WITHSCORES'], { reply: [b('b'), b('2'), b('c'), b('3')] }, false));
test('zrangebyscore_2', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANGEBYSCORE', 'z', '-inf', '+inf', 'LIMIT', '1', '1'], { reply: [b('b')] }, false));
test('zrangebyscore_3', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANGEBYSCORE', 'z', '-inf', '+inf', 'LIMIT', '0', '0'], { reply: [] }, false));
test('zrangebyscore_4', () =>
  check([], ['ZRANGEBYSCORE', 'missing', '0', '1'], { reply: [] }, false));
test('zrangebyscore_5', () =>
  check([], ['ZRANGEBYSCORE', 'z', 'x', '1'], { error: 'ERR min or max is not a float' }, false));
test('zrangebyscore_6', () =>
  check([], ['ZRANGEBYSCORE', 'z', '0', '1', 'REV'], { error: 'ERR syntax error' }, false));
test('zrangebyscore_7', () =>
  check([], ['ZRANGEBYSCORE', 'z', '0', '1', 'LIMIT', '0'], { error: 'ERR syntax error' }, false));
test('zrangebyscore_8', () =>
  check([], ['ZRANGEBYSCORE', 'z', '0', '1', 'LIMIT', '0', 'x'], { error: 'ERR value is not an integer or out of range' }, false));
test('zrangebyscore_9', () =>
  check([['SET', 'k', 'v']], ['ZRANGEBYSCORE', 'k', '0', '1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zrangebyscore_10', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANGEBYSCORE', 'z', '-inf', '+inf', 'WITHSCORES', 'LIMIT', '0', '2', 'WITHSCORES', 'LIMIT', '1', '1'], { reply: [b('b'), b('2')] }, false));
test('zrangebyscore_11', () =>
  check([], ['ZRANGEBYSCORE', 'z', 'a', 'b', 'LIMIT', '0', 'x'], { error: 'ERR value is not an integer or out of range' }, false));
test('zrangebyscore_12', () =>
  check([], ['ZRANGEBYSCORE', 'z', 'a', 'b', 'FOO'], { error: 'ERR syntax error' }, false));
test('zrangebyscore_13', () =>
  check([], ['ZRANGEBYSCORE', 'z', '0', '1', 'BYSCORE'], { error: 'ERR syntax error' }, false));
test('zrangebyscore_14', () =>
  check([], ['ZRANGEBYSCORE', 'z', '0'], { error: 'ERR wrong number of arguments for \'zrangebyscore\' command' }, false));
test('zrank_0', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZRANK', 'z', 'c'], { reply: 2n }, false));
test('zrank_1', () =>
  check([['ZADD', 'z', '1', 'b', '1', 'a']], ['ZRANK', 'z', 'b'], { reply: 1n }, false));
test('zrank_2', () =>
  check([['ZADD', 'z', '1', 'a']], ['ZRANK', 'z', 'x'], { reply: null }, false));
test('zrank_3', () =>
  check([], ['ZRANK', 'missing', 'x'], { reply: null }, false));
test('zrank_4', () =>
  check([['SET', 'k', 'v']], ['ZRANK', 'k', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zrank_5', () =>
  check([], ['ZRANK', 'z'], { error: 'ERR wrong number of arguments for \'zrank\' command' }, false));
test('zrem_0', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b']], ['ZREM', 'z', 'a', 'x', 'a'], { reply: 1n }, false));
test('zrem_1', () =>
  check([], ['ZREM', 'missing', 'a'], { reply: 0n }, false));
test('zrem_2', () =>
  check([['SET', 'k', 'v']], ['ZREM', 'k', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zrem_3', () =>
  check([], ['ZREM', 'z'], { error: 'ERR wrong number of arguments for \'zrem\' command' }, false));
test('zremrangebyrank_0', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZREMRANGEBYRANK', 'z', '0', '1'], { reply: 2n }, false));
test('zremrangebyrank_1', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZREMRANGEBYRANK', 'z', '-1', '100'], { reply: 1n }, false));
test('zremrangebyrank_2', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZREMRANGEBYRANK', 'z', '2', '1'], { reply: 0n }, false));
test('zremrangebyrank_3', () =>
  check([], ['ZREMRANGEBYRANK', 'missing', '0', '-1'], { reply: 0n }, false));
test('zremrangebyrank_4', () =>
  check([], ['ZREMRANGEBYRANK', 'z', '0', 'x'], { error: 'ERR value is not an integer or out of range' }, false));
test('zremrangebyrank_5', () =>
  check([['SET', 'k', 'v']], ['ZREMRANGEBYRANK', 'k', '0', '1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zremrangebyrank_6', () =>
  check([], ['ZREMRANGEBYRANK', 'z', '0'], { error: 'ERR wrong number of arguments for \'zremrangebyrank\' command' }, false));
test('zremrangebyscore_0', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZREMRANGEBYSCORE', 'z', '(1', '3'], { reply: 2n }, false));
test('zremrangebyscore_1', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZREMRANGEBYSCORE', 'z', '-inf', '+inf'], { reply: 3n }, false));
test('zremrangebyscore_2', () =>
  check([], ['ZREMRANGEBYSCORE', 'missing', '0', '1'], { reply: 0n }, false));
test('zremrangebyscore_3', () =>
  check([], ['ZREMRANGEBYSCORE', 'z', '0', 'x'], { error: 'ERR min or max is not a float' }, false));
test('zremrangebyscore_4', () =>
  check([['SET', 'k', 'v']], ['ZREMRANGEBYSCORE', 'k', '0', '1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zremrangebyscore_5', () =>
  check([], ['ZREMRANGEBYSCORE', 'z', '0'], { error: 'ERR wrong number of arguments for \'zremrangebyscore\' command' }, false));
test('zrevrange_0', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZREVRANGE', 'z', '0', '-1'], { reply: [b('c'), b('b'), b('a')] }, false));
test('zrevrange_1', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZREVRANGE', 'z', '0', '0', 'WITHSCORES'], { reply: [b('c'), b('3')] }, false));
test('zrevrange_2', () =>
  check([], ['ZREVRANGE', 'missing', '0', '-1'], { reply: [] }, false));
test('zrevrange_3', () =>
  check([], ['ZREVRANGE', 'z', '0', 'x'], { error: 'ERR value is not an integer or out of range' }, false));
test('zrevrange_4', () =>
  check([], ['ZREVRANGE', 'z', '0', '1', 'BYSCORE'], { error: 'ERR syntax error' }, false));
test('zrevrange_5', () =>
  check([['SET', 'k', 'v']], ['ZREVRANGE', 'k', '0', '-1'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zrevrange_6', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZREVRANGE', 'z', '0', '-1', 'LIMIT', '0', '-1'], { reply: [b('c'), b('b'), b('a')] }, false));
test('zrevrange_7', () =>
  check([], ['ZREVRANGE', 'z', '0', '-1', 'LIMIT', '0', '1'], { error: 'ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX' }, false));
test('zrevrange_8', () =>
  check([], ['ZREVRANGE', 'z', 'x', '-1', 'LIMIT', '0', 'y'], { error: 'ERR value is not an integer or out of range' }, false));
test('zrevrange_9', () =>
  check([], ['ZREVRANGE', 'z', 'x', '-1', 'REV'], { error: 'ERR syntax error' }, false));
test('zrevrange_10', () =>
  check([], ['ZREVRANGE', 'z', '0'], { error: 'ERR wrong number of arguments for \'zrevrange\' command' }, false));
test('zrevrangebyscore_0', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZREVRANGEBYSCORE', 'z', '2', '1'], { reply: [b('b'), b('a')] }, false));
test('zrevrangebyscore_1', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZREVRANGEBYSCORE', 'z', '+inf', '(1', 'WITHSCORES', 'LIMIT', '0', '1'], { reply: [b('c'), b('3')] }, false));
test('zrevrangebyscore_2', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZREVRANGEBYSCORE', 'z', '1', '2'], { reply: [] }, false));
test('zrevrangebyscore_3', () =>
  check([], ['ZREVRANGEBYSCORE', 'z', '1', 'x'], { error: 'ERR min or max is not a float' }, false));
test('zrevrangebyscore_4', () =>
  check([['SET', 'k', 'v']], ['ZREVRANGEBYSCORE', 'k', '1', '0'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zrevrangebyscore_5', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZREVRANGEBYSCORE', 'z', '+inf', '-inf', 'WITHSCORES', 'WITHSCORES', 'LIMIT', '0', '1', 'LIMIT', '1', '1'], { reply: [b('b'), b('2')] }, false));
test('zrevrangebyscore_6', () =>
  check([], ['ZREVRANGEBYSCORE', 'z', '((1', '1e308', 'LIMIT', '1', '0x1'], { error: 'ERR value is not an integer or out of range' }, false));
test('zrevrangebyscore_7', () =>
  check([], ['ZREVRANGEBYSCORE', 'z', 'a', 'b', 'REV'], { error: 'ERR syntax error' }, false));
test('zrevrangebyscore_8', () =>
  check([], ['ZREVRANGEBYSCORE', 'z', 'a', 'b', 'LIMIT', '0'], { error: 'ERR syntax error' }, false));
test('zrevrangebyscore_9', () =>
  check([], ['ZREVRANGEBYSCORE', 'z', '0'], { error: 'ERR wrong number of arguments for \'zrevrangebyscore\' command' }, false));
test('zrevrank_0', () =>
  check([['ZADD', 'z', '1', 'a', '2', 'b', '3', 'c']], ['ZREVRANK', 'z', 'c'], { reply: 0n }, false));
test('zrevrank_1', () =>
  check([['ZADD', 'z', '1', 'a']], ['ZREVRANK', 'z', 'x'], { reply: null }, false));
test('zrevrank_2', () =>
  check([], ['ZREVRANK', 'missing', 'x'], { reply: null }, false));
test('zrevrank_3', () =>
  check([['SET', 'k', 'v']], ['ZREVRANK', 'k', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zrevrank_4', () =>
  check([], ['ZREVRANK', 'z'], { error: 'ERR wrong number of arguments for \'zrevrank\' command' }, false));
test('zscore_0', () =>
  check([['ZADD', 'z', '1.5', 'a']], ['ZSCORE', 'z', 'a'], { reply: b('1.5') }, false));
test('zscore_1', () =>
  check([['ZADD', 'z', '0.1', 'a']], ['ZSCORE', 'z', 'a'], { reply: b('0.10000000000000001') }, false));
test('zscore_2', () =>
  check([['ZADD', 'z', '1e20', 'a']], ['ZSCORE', 'z', 'a'], { reply: b('1e+20') }, false));
test('zscore_3', () =>
  check([['ZADD', 'z', '-inf', 'a']], ['ZSCORE', 'z', 'a'], { reply: b('-inf') }, false));
test('zscore_4', () =>
  check([['ZADD', 'z', '-0', 'a']], ['ZSCORE', 'z', 'a'], { reply: b('0') }, false));
test('zscore_5', () =>
  check([], ['ZSCORE', 'missing', 'a'], { reply: null }, false));
test('zscore_6', () =>
  check([['SET', 'k', 'v']], ['ZSCORE', 'k', 'a'], { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' }, false));
test('zscore_7', () =>
  check([], ['ZSCORE', 'z'], { error: 'ERR wrong number of arguments for \'zscore\' command' }, false));
test('copy_0', () =>
  check([['SET', 'a', 'v']], ['COPY', 'a', 'b'], { reply: 1n }, false));
test('copy_1', () =>
  check([], ['COPY', 'a', 'b', 'DB', '99', 'FOO'], { error: 'ERR DB index is out of range' }, false));
test('copy_2', () =>
  check([], ['COPY', 'a', 'b', 'DB', '1', 'FOO'], { error: 'ERR syntax error' }, false));
test('copy_3', () =>
  check([['SET', 'a', 'v'], ['COPY', 'a', 'b']], ['GET', 'b'], { reply: b('v') }, false));
test('copy_4', () =>
  check([['SET', 'a', 'v', 'EX', '100'], ['COPY', 'a', 'b']], ['TTL', 'b'], { reply: 100n }, false));
test('copy_5', () =>
  check([['SET', 'a', 'v'], ['SET', 'b', 'w']], ['COPY', 'a', 'b'], { reply: 0n }, false));
test('copy_6', () =>
  check([['SET', 'a', 'v'], ['SET', 'b', 'w']], ['COPY', 'a', 'b', 'REPLACE'], { reply: 1n }, false));
test('copy_7', () =>
  check([['SET', 'a', 'v'], ['SET', 'b', 'w'], ['COPY', 'a', 'b', 'REPLACE']], ['GET', 'b'], { reply: b('v') }, false));
test('copy_8', () =>
  check([['RPUSH', 'a', 'x', 'y']], ['COPY', 'a', 'b'], { reply: 1n }, false));
test('copy_9', () =>
  check([['RPUSH', 'a', 'x', 'y'], ['COPY', 'a', 'b']], ['LRANGE', 'b', '0', '-1'], { reply: [b('x'), b('y')] }, false));
test('copy_10', () =>
  check([], ['COPY', 'missing', 'b'], { reply: 0n }, false));
test('copy_11', () =>
  check([['SET', 'a', 'v']], ['COPY', 'a', 'a', 'DB', '1'], { reply: 1n }, false));
test('copy_12', () =>
  check([['SET', 'a', 'v'], ['COPY', 'a', 'a', 'DB', '1']], ['COPY', 'a', 'a', 'DB', '1'], { reply: 0n }, false));
test('copy_13', () =>
  check([['SET', 'a', 'v'], ['COPY', 'a', 'a', 'DB', '1']], ['COPY', 'a', 'a', 'DB', '1', 'REPLACE', 'REPLACE'], { reply: 1n }, false));
test('copy_14', () =>
  check([['SET', 'a', 'v']], ['COPY', 'a', 'a'], { error: 'ERR source and destination objects are the same' }, false));
test('copy_15', () =>
  check([['SET', 'a', 'v']], ['COPY', 'a', 'a', 'DB', '0'], { error: 'ERR source and destination objects are the same' }, false));
test('copy_16', () =>
  check([], ['COPY', 'a', 'a'], { error: 'ERR source and destination objects are the same' }, false));
test('copy_17', () =>
  check([['SET', 'a', 'v']], ['COPY', 'a', 'b', 'DB', '-1'], { error: 'ERR DB index is out of range' }, false));
test('copy_18', () =>
  check([['SET', 'a', 'v']], ['COPY', 'a', 'b', 'DB', '4294967296'], { error: 'ERR value is out of range, value must between -2147483648 and 2147483647' }, false));
test('copy_19', () =>
  check([['SET', 'a', 'v']], ['COPY', 'a', 'b', 'DB', 'x'], { error: 'ERR value is not an integer or out of range' }, false));
test('copy_20', () =>
  check([['SET', 'a', 'v']], ['COPY', 'a', 'b', 'DB'], { error: 'ERR syntax error' }, false));
test('copy_21', () =>
  check([['SET', 'a', 'v']], ['COPY', 'a', 'b', 'FOO'], { error: 'ERR syntax error' }, false));
test('copy_22', () =>
  check([], ['COPY', 'a'], { error: 'ERR wrong number of arguments for \'copy\' command' }, false));
test('dbsize_0', () =>
  check([], ['DBSIZE'], { reply: 0n }, false));
test('dbsize_1', () =>
  check([['SET', 'a', '1'], ['RPUSH', 'b', 'x']], ['DBSIZE'], { reply: 2n }, false));
test('dbsize_2', () =>
  check([['SET', 'a', '1'], ['SET', 'a', '2'], ['DEL', 'a']], ['DBSIZE'], { reply: 0n }, false));
test('dbsize_3', () =>
  check([], ['DBSIZE', 'x'], { error: 'ERR wrong number of arguments for \'dbsize\' command' }, false));
test('del_0', () =>
  check([['SET', 'a', '1'], ['SET', 'b', '2']], ['DEL', 'a', 'b', 'c'], { reply: 2n }, false));
test('del_1', () =>
  check([['SET', 'a', '1']], ['DEL', 'a', 'a'], { reply: 1n }, false));
test('del_2', () =>
  check([['RPUSH', 'l', 'x']], ['DEL', 'l'], { reply: 1n }, false));
test('del_3', () =>
  check([['SET', 'a', '1'], ['DEL', 'a']], ['GET', 'a'], { reply: null }, false));
test('del_4', () =>
  check([], ['DEL', 'missing'], { reply: 0n }, false));
test('del_5', () =>
  check([], ['DEL'], { error: 'ERR wrong number of arguments for \'del\' command' }, false));
test('exists_0', () =>
  check([['SET', 'a', '1']], ['EXISTS', 'a'], { reply: 1n }, false));
test('exists_1', () =>
  check([['SET', 'a', '1'], ['RPUSH', 'l', 'x']], ['EXISTS', 'a', 'l', 'missing'], { reply: 2n }, false));
test('exists_2', () =>
  check([['SET', 'a', '1']], ['EXISTS', 'a', 'a', 'a'], { reply: 3n }, false));
test('exists_3', () =>
  check([], ['EXISTS', 'missing'], { reply: 0n }, false));
test('exists_4', () =>
  check([], ['EXISTS'], { error: 'ERR wrong number of arguments for \'exists\' command' }, false));
test('expire_0', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '100'], { reply: 1n }, false));
test('expire_1', () =>
  check([['SET', 'k', 'v'], ['EXPIRE', 'k', '100']], ['TTL', 'k'], { reply: 100n }, false));
test('expire_2', () =>
  check([], ['EXPIRE', 'missing', '100'], { reply: 0n }, false));
test('expire_3', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '-1'], { reply: 1n }, false));
test('expire_4', () =>
  check([['SET', 'k', 'v'], ['EXPIRE', 'k', '0']], ['EXISTS', 'k'], { reply: 0n }, false));
test('expire_5', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '100', 'NX'], { reply: 1n }, false));
test('expire_6', () =>
  check([['SET', 'k', 'v', 'EX', '50']], ['EXPIRE', 'k', '100', 'NX'], { reply: 0n }, false));
test('expire_7', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '100', 'XX'], { reply: 0n }, false));
test('expire_8', () =>
  check([['SET', 'k', 'v', 'EX', '50']], ['EXPIRE', 'k', '100', 'XX'], { reply: 1n }, false));
test('expire_9', () =>
  check([['SET', 'k', 'v', 'EX', '50']], ['EXPIRE', 'k', '100', 'GT'], { reply: 1n }, false));
test('expire_10', () =>
  check([['SET', 'k', 'v', 'EX', '50']], ['EXPIRE', 'k', '10', 'GT'], { reply: 0n }, false));
test('expire_11', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '100', 'GT'], { reply: 0n }, false));
test('expire_12', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '100', 'LT'], { reply: 1n }, false));
test('expire_13', () =>
  check([['SET', 'k', 'v', 'EX', '50']], ['EXPIRE', 'k', '100', 'LT'], { reply: 0n }, false));
test('expire_14', () =>
  check([['SET', 'k', 'v', 'EX', '50']], ['EXPIRE', 'k', '10', 'XX', 'LT'], { reply: 1n }, false));
test('expire_15', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '10', 'XX', 'GT'], { reply: 0n }, false));
test('expire_16', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '10', 'NX', 'NX'], { reply: 1n }, false));
test('expire_17', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '10', 'NX', 'XX'], { error: 'ERR NX and XX, GT or LT options at the same time are not compatible' }, false));
test('expire_18', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '10', 'GT', 'NX'], { error: 'ERR NX and XX, GT or LT options at the same time are not compatible' }, false));
test('expire_19', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '10', 'GT', 'LT'], { error: 'ERR GT and LT options at the same time are not compatible' }, false));
test('expire_20', () =>
  check([], ['EXPIRE', 'k', '10', 'GT', 'LT'], { error: 'ERR GT and LT options at the same time are not compatible' }, false));
test('expire_21', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '9223372036854775'], { error: 'ERR invalid expire time in \'expire\' command' }, false));
test('expire_22', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '-9223372036854775808'], { error: 'ERR invalid expire time in \'expire\' command' }, false));
test('expire_23', () =>
  check([], ['EXPIRE', 'missing', '9223372036854775807'], { error: 'ERR invalid expire time in \'expire\' command' }, false));
test('expire_24', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', 'abc'], { error: 'ERR value is not an integer or out of range' }, false));
test('expire_25', () =>
  check([], ['EXPIRE', 'k'], { error: 'ERR wrong number of arguments for \'expire\' command' }, false));
test('expire_26', () =>
  check([], ['EXPIRE', 'k', 'abc', 'FOO'], { error: 'ERR Unsupported option FOO' }, false));
test('expire_27', () =>
  check([['SET', 'k', 'v']], ['EXPIRE', 'k', '10', 'GT', 'FOO'], { error: 'ERR Unsupported option FOO' }, false));
test('expire_28', () =>
  check([], ['EXPIRE', 'k', 'abc', 'NX', 'XX'], { error: 'ERR NX and XX, GT or LT options at the same time are not compatible' }, false));
test('expire_29', () =>
  check([], ['EXPIRE', 'k', 'abc', 'GT', 'LT'], { error: 'ERR GT and LT options at the same time are not compatible' }, false));
test('expire_at_0', () =>
  check([['SET', 'k', 'v']], ['EXPIREAT', 'k', '4000000000'], { reply: 1n }, false));
test('expire_at_1', () =>
  check([['SET', 'k', 'v'], ['EXPIREAT', 'k', '4000000000']], ['EXPIRETIME', 'k'], { reply: 4000000000n }, false));
test('expire_at_2', () =>
  check([['SET', 'k', 'v'], ['EXPIREAT', 'k', '1']], ['EXISTS', 'k'], { reply: 0n }, false));
test('expire_at_3', () =>
  check([['SET', 'k', 'v']], ['EXPIREAT', 'k', '-9223372036854775'], { reply: 1n }, false));
test('expire_at_4', () =>
  check([], ['EXPIREAT', 'missing', '4000000000'], { reply: 0n }, false));
test('expire_at_5', () =>
  check([['SET', 'k', 'v', 'EXAT', '4000000000']], ['EXPIREAT', 'k', '4000000001', 'GT'], { reply: 1n }, false));
test('expire_at_6', () =>
  check([['SET', 'k', 'v', 'EXAT', '4000000000']], ['EXPIREAT', 'k', '4000000000', 'GT'], { reply: 0n }, false));
test('expire_at_7', () =>
  check([['SET', 'k', 'v', 'EXAT', '4000000000']], ['EXPIREAT', 'k', '3999999999', 'LT'], { reply: 1n }, false));
test('expire_at_8', () =>
  check([['SET', 'k', 'v']], ['EXPIREAT', 'k', '9223372036854776'], { error: 'ERR invalid expire time in \'expireat\' command' }, false));
test('expire_at_9', () =>
  check([['SET', 'k', 'v']], ['EXPIREAT', 'k', '1', 'NX', 'LT'], { error: 'ERR NX and XX, GT or LT options at the same time are not compatible' }, false));
test('expire_at_10', () =>
  check([], ['EXPIREAT', 'k', 'x'], { error: 'ERR value is not an integer or out of range' }, false));
test('expire_at_11', () =>
  check([], ['EXPIREAT', 'k'], { error: 'ERR wrong number of arguments for \'expireat\' command' }, false));
test('expire_at_12', () =>
  check([], ['EXPIREAT', 'k', 'abc', 'foo'], { error: 'ERR Unsupported option foo' }, false));
test('expiretime_0', () =>
  check([['SET', 'k', 'v', 'PXAT', '4000000000123']], ['EXPIRETIME', 'k'], { reply: 4000000000n }, false));
test('expiretime_1', () =>
  check([['SET', 'k', 'v', 'PXAT', '4000000000500']], ['EXPIRETIME', 'k'], { reply: 4000000001n }, false));
test('expiretime_2', () =>
  check([['SET', 'k', 'v']], ['EXPIRETIME', 'k'], { reply: -1n }, false));
test('expiretime_3', () =>
  check([], ['EXPIRETIME', 'missing'], { reply: -2n }, false));
test('expiretime_4', () =>
  check([], ['EXPIRETIME'], { error: 'ERR wrong number of arguments for \'expiretime\' command' }, false));
test('flushall_0', () =>
  check([['SET', 'a', '1']], ['FLUSHALL'], { reply: 'OK' }, false));
test('flushall_1', () =>
  check([['SET', 'a', '1'], ['FLUSHALL']], ['DBSIZE'], { reply: 0n }, false));
test('flushall_2', () =>
  check([['SET', 'a', '1'], ['COPY', 'a', 'b', 'DB', '1'], ['FLUSHALL'], ['SET', 'b', '2']], ['COPY', 'b', 'b', 'DB', '1'], { reply: 1n }, false));
test('flushall_3', () =>
  check([], ['FLUSHALL', 'ASYNC'], { reply: 'OK' }, false));
test('flushall_4', () =>
  check([], ['FLUSHALL', 'sync'], { reply: 'OK' }, false));
test('flushall_5', () =>
  check([], ['FLUSHALL', 'FOO'], { error: 'ERR syntax error' }, false));
test('flushall_6', () =>
  check([], ['FLUSHALL', 'SYNC', 'ASYNC'], { error: 'ERR syntax error' }, false));
test('flushall_7', () =>
  check([], ['FLUSHALL', 'ASYNC', 'ASYNC'], { error: 'ERR syntax error' }, false));
test('flushdb_0', () =>
  check([['SET', 'a', '1']], ['FLUSHDB'], { reply: 'OK' }, false));
test('flushdb_1', () =>
  check([['SET', 'a', '1'], ['RPUSH', 'l', 'x'], ['FLUSHDB']], ['DBSIZE'], { reply: 0n }, false));
test('flushdb_2', () =>
  check([['SET', 'a', '1'], ['COPY', 'a', 'a', 'DB', '1'], ['FLUSHDB'], ['SET', 'b', '2']], ['COPY', 'b', 'a', 'DB', '1'], { reply: 0n }, false));
test('flushdb_3', () =>
  check([], ['FLUSHDB', 'ASYNC'], { reply: 'OK' }, false));
test('flushdb_4', () =>
  check([], ['FLUSHDB', 'SYNC'], { reply: 'OK' }, false));
test('flushdb_5', () =>
  check([], ['FLUSHDB', 'FOO'], { error: 'ERR syntax error' }, false));
test('flushdb_6', () =>
  check([], ['FLUSHDB', 'SYNC', 'ASYNC'], { error: 'ERR syntax error' }, false));
test('flushdb_7', () =>
  check([], ['FLUSHDB', 'SYNC', 'SYNC'], { error: 'ERR syntax error' }, false));
test('keys_0', () =>
  check([['MSET', 'one', '1', 'two', '2', 'three', '3']], ['KEYS', 't*'], { reply: [b('two'), b('three')] }, true));
test('keys_1', () =>
  check([['MSET', 'one', '1', 'two', '2', 'three', '3']], ['KEYS', '*'], { reply: [b('one'), b('two'), b('three')] }, true));
test('keys_2', () =>
  check([['MSET', 'hallo', '1', 'hello', '2', 'hillo', '3', 'hllo', '4']], ['KEYS', 'h[ae]llo'], { reply: [b('hallo'), b('hello')] }, true));
test('keys_3', () =>
  check([['MSET', 'hallo', '1', 'hello', '2', 'hillo', '3', 'hllo', '4']], ['KEYS', 'h[^e]llo'], { reply: [b('hallo'), b('hillo')] }, true));
test('keys_4', () =>
  check([['MSET', 'hallo', '1', 'hello', '2', 'hillo', '3', 'hllo', '4']], ['KEYS', 'h?llo'], { reply: [b('hallo'), b('hello'), b('hillo')] }, true));
test('keys_5', () =>
  check([['MSET', 'a', '1', 'm', '2', 'z', '3', 'A', '4']], ['KEYS', '[z-b]'], { reply: [b('m'), b('z')] }, true));
test('keys_6', () =>
  check([['MSET', 'a*', '1', 'ab', '2']], ['KEYS', 'a\\*'], { reply: [b('a*')] }, false));
test('keys_7', () =>
  check([['MSET', 'a', '1', 'b', '2']], ['KEYS', '[ab'], { reply: [b('a'), b('b')] }, true));
test('keys_8', () =>
  check([['SET', '', '1'], ['SET', 'k', '2']], ['KEYS', '*'], { reply: [b(''), b('k')] }, true));
test('keys_9', () =>
  check([['SET', '', '1'], ['SET', 'k', '2']], ['KEYS', '**'], { reply: [b('k')] }, false));
test('keys_10', () =>
  check([], ['KEYS', '*'], { reply: [] }, false));
test('keys_11', () =>
  check([], ['KEYS'], { error: 'ERR wrong number of arguments for \'keys\' command' }, false));
test('persist_0', () =>
  check([['SET', 'k', 'v', 'EX', '100']], ['PERSIST', 'k'], { reply: 1n }, false));
test('persist_1', () =>
  check([['SET', 'k', 'v', 'EX', '100'], ['PERSIST', 'k']], ['TTL', 'k'], { reply: -1n }, false));
test('persist_2', () =>
  check([['SET', 'k', 'v']], ['PERSIST', 'k'], { reply: 0n }, false));
test('persist_3', () =>
  check([], ['PERSIST', 'missing'], { reply: 0n }, false));
test('persist_4', () =>
  check([], ['PERSIST'], { error: 'ERR wrong number of arguments for \'persist\' command' }, false));
test('pexpire_0', () =>
  check([['SET', 'k', 'v']], ['PEXPIRE', 'k', '100000'], { reply: 1n }, false));
test('pexpire_1', () =>
  check([['SET', 'k', 'v'], ['PEXPIRE', 'k', '100000']], ['TTL', 'k'], { reply: 100n }, false));
test('pexpire_2', () =>
  check([['SET', 'k', 'v'], ['PEXPIRE', 'k', '-5']], ['EXISTS', 'k'], { reply: 0n }, false));
test('pexpire_3', () =>
  check([], ['PEXPIRE', 'missing', '100'], { reply: 0n }, false));
test('pexpire_4', () =>
  check([['SET', 'k', 'v', 'PX', '50000']], ['PEXPIRE', 'k', '100000', 'GT'], { reply: 1n }, false));
test('pexpire_5', () =>
  check([['SET', 'k', 'v', 'PX', '50000']], ['PEXPIRE', 'k', '100000', 'NX'], { reply: 0n }, false));
test('pexpire_6', () =>
  check([['SET', 'k', 'v']], ['PEXPIRE', 'k', '9223372036854775807'], { error: 'ERR invalid expire time in \'pexpire\' command' }, false));
test('pexpire_7', () =>
  check([['SET', 'k', 'v']], ['PEXPIRE', 'k', '1', 'LT', 'GT'], { error: 'ERR GT and LT options at the same time are not compatible' }, false));
test('pexpire_8', () =>
  check([], ['PEXPIRE', 'k', '1.5'], { error: 'ERR value is not an integer or out of range' }, false));
test('pexpire_9', () =>
  check([], ['PEXPIRE', 'k'], { error: 'ERR wrong number of arguments for \'pexpire\' command' }, false));
test('pexpire_10', () =>
  check([], ['PEXPIRE', 'k', '1', 'FOO'], { error: 'ERR Unsupported option FOO' }, false));
test('pexpire_11', () =>
  check([], ['PEXPIRE', 'k', 'abc', 'nx', 'gt'], { error: 'ERR NX and XX, GT or LT options at the same time are not compatible' }, false));
test('pexpire_at_0', () =>
  check([['SET', 'k', 'v']], ['PEXPIREAT', 'k', '4000000000123'], { reply: 1n }, false));
test('pexpire_at_1', () =>
  check([['SET', 'k', 'v'], ['PEXPIREAT', 'k', '4000000000123']], ['PEXPIRETIME', 'k'], { reply: 4000000000123n }, false));
test('pexpire_at_2', () =>
  check([['SET', 'k', 'v'], ['PEXPIREAT', 'k', '9223372036854775807']], ['PEXPIRETIME', 'k'], { reply: 9223372036854775807n }, false));
test('pexpire_at_3', () =>
  check([['SET', 'k', 'v'], ['PEXPIREAT', 'k', '1000']], ['EXISTS', 'k'], { reply: 0n }, false));
test('pexpire_at_4', () =>
  check([], ['PEXPIREAT', 'missing', '4000000000123'], { reply: 0n }, false));
test('pexpire_at_5', () =>
  check([['SET', 'k', 'v']], ['PEXPIREAT', 'k', '4000000000123', 'XX'], { reply: 0n }, false));
test('pexpire_at_6', () =>
  check([['SET', 'k', 'v']], ['PEXPIREAT', 'k', '4000000000123', 'XX', 'NX'], { error: 'ERR NX and XX, GT or LT options at the same time are not compatible' }, false));
test('pexpire_at_7', () =>
  check([], ['PEXPIREAT', 'k', 'x'], { error: 'ERR value is not an integer or out of range' }, false));
test('pexpire_at_8', () =>
  check([], ['PEXPIREAT', 'k'], { error: 'ERR wrong number of arguments for \'pexpireat\' command' }, false));
test('pexpire_at_9', () =>
  check([], ['PEXPIREAT', 'k', 'x', 'GT', 'LT'], { error: 'ERR GT and LT options at the same time are not compatible' }, false));
test('pexpiretime_0', () =>
  check([['SET', 'k', 'v', 'PXAT', '4000000000123']], ['PEXPIRETIME', 'k'], { reply: 4000000000123n }, false));
test('pexpiretime_1', () =>
  check([['SET', 'k', 'v', 'EXAT', '4000000000']], ['PEXPIRETIME', 'k'], { reply: 4000000000000n }, false));
test('pexpiretime_2', () =>
  check([['SET', 'k', 'v']], ['PEXPIRETIME', 'k'], { reply: -1n }, false));
test('pexpiretime_3', () =>
  check([], ['PEXPIRETIME', 'missing'], { reply: -2n }, false));
test('pexpiretime_4', () =>
  check([], ['PEXPIRETIME'], { error: 'ERR wrong number of arguments for \'pexpiretime\' command' }, false));
test('pttl_0', () =>
  check([['SET', 'k', 'v']], ['PTTL', 'k'], { reply: -1n }, false));
test('pttl_1', () =>
  check([], ['PTTL', 'missing'], { reply: -2n }, false));
test('pttl_2', () =>
  check([['RPUSH', 'l', 'x']], ['PTTL', 'l'], { reply: -1n }, false));
test('pttl_3', () =>
  check([], ['PTTL'], { error: 'ERR wrong number of arguments for \'pttl\' command' }, false));
test('randomkey_0', () =>
  check([], ['RANDOMKEY'], { reply: null }, false));
test('randomkey_1', () =>
  check([['SET', 'only', 'v']], ['RANDOMKEY'], { reply: b('only') }, false));
test('randomkey_2', () =>
  check([], ['RANDOMKEY', 'x'], { error: 'ERR wrong number of arguments for \'randomkey\' command' }, false));
test('rename_0', () =>
  check([['SET', 'a', 'v']], ['RENAME', 'a', 'b'], { reply: 'OK' }, false));
test('rename_1', () =>
  check([['SET', 'a', 'v'], ['RENAME', 'a', 'b']], ['MGET', 'a', 'b'], { reply: [null, b('v')] }, false));
test('rename_2', () =>
  check([['SET', 'a', 'v'], ['RPUSH', 'b', 'x'], ['RENAME', 'a', 'b']], ['TYPE', 'b'], { reply: 'string' }, false));
test('rename_3', () =>
  check([['SET', 'a', 'v', 'EX', '100'], ['RENAME', 'a', 'b']], ['TTL', 'b'], { reply: 100n }, false));
test('rename_4', () =>
  check([['SET', 'a', 'v'], ['SET', 'b', 'w', 'EX', '100'], ['RENAME', 'a', 'b']], ['TTL', 'b'], { reply: -1n }, false));
test('rename_5', () =>
  check([['SET', 'a', 'v']], ['RENAME', 'a', 'a'], { reply: 'OK' }, false));
test('rename_6', () =>
  check([], ['RENAME', 'a', 'a'], { error: 'ERR no such key' }, false));
test('rename_7', () =>
  check([], ['RENAME', 'missing', 'b'], { error: 'ERR no such key' }, false));
test('rename_8', () =>
  check([], ['RENAME', 'a'], { error: 'ERR wrong number of arguments for \'rename\' command' }, false));
test('renamenx_0', () =>
  check([['SET', 'a', 'v']], ['RENAMENX', 'a', 'b'], { reply: 1n }, false));
test('renamenx_1', () =>
  check([['SET', 'a', 'v'], ['RENAMENX', 'a', 'b']], ['MGET', 'a', 'b'], { reply: [null, b('v')] }, false));
test('renamenx_2', () =>
  check([['SET', 'a', 'v'], ['SET', 'b', 'w']], ['RENAMENX', 'a', 'b'], { reply: 0n }, false));
test('renamenx_3', () =>
  check([['SET', 'a', 'v'], ['SET', 'b', 'w'], ['RENAMENX', 'a', 'b']], ['MGET', 'a', 'b'], { reply: [b('v'), b('w')] }, false));
test('renamenx_4', () =>
  check([['SET', 'a', 'v']], ['RENAMENX', 'a', 'a'], { reply: 0n }, false));
test('renamenx_5', () =>
  check([], ['RENAMENX', 'missing', 'b'], { error: 'ERR no such key' }, false));
test('renamenx_6', () =>
  check([], ['RENAMENX', 'a'], { error: 'ERR wrong number of arguments for \'renamenx\' command' }, false));
test('scan_0', () =>
  check([], ['SCAN', '0'], { reply: [b('0'), []] }, false));
test('scan_1', () =>
  check([['SET', 'k', 'v']], ['SCAN', '0'], { reply: [b('0'), [b('k')]] }, false));
test('scan_2', () =>
  check([['SET', 'k', 'v'], ['SET', 'x', 'v']], ['SCAN', '0', 'MATCH', 'k*'], { reply: [b('0'), [b('k')]] }, false));
test('scan_3', () =>
  check([['SET', 'k', 'v'], ['SET', 'x', 'v']], ['SCAN', '0', 'MATCH', 'k*', 'COUNT', '100'], { reply: [b('0'), [b('k')]] }, false));
test('scan_4', () =>
  check([['SET', 'k', 'v'], ['RPUSH', 'l', 'x']], ['SCAN', '0', 'TYPE', 'list'], { reply: [b('0'), [b('l')]] }, false));
test('scan_5', () =>
  check([['SET', 'k', 'v'], ['RPUSH', 'l', 'x']], ['SCAN', '0', 'TYPE', 'STRING'], { reply: [b('0'), [b('k')]] }, false));
test('scan_6', () =>
  check([['SET', 'k', 'v']], ['SCAN', '0', 'TYPE', 'foo'], { reply: [b('0'), []] }, false));
test('scan_7', () =>
  check([['SET', 'k', 'v']], ['SCAN', '0', 'COUNT', '5', 'COUNT', '100'], { reply: [b('0'), [b('k')]] }, false));
test('scan_8', () =>
  check([['SET', 'k', 'v']], ['SCAN', '0', 'COUNT', '0'], { error: 'ERR syntax error' }, false));
test('scan_9', () =>
  check([['SET', 'k', 'v']], ['SCAN', '0', 'COUNT', '-1'], { error: 'ERR syntax error' }, false));
test('scan_10', () =>
  check([], ['SCAN', '0', 'COUNT', 'x'], { error: 'ERR value is not an integer or out of range' }, false));
test('scan_11', () =>
  check([], ['SCAN', '0', 'COUNT'], { error: 'ERR syntax error' }, false));
test('scan_12', () =>
  check([], ['SCAN', '0', 'MATCH'], { error: 'ERR syntax error' }, false));
test('scan_13', () =>
  check([], ['SCAN', '0', 'FOO'], { error: 'ERR syntax error' }, false));
test('scan_14', () =>
  check([], ['SCAN', 'x'], { error: 'ERR invalid cursor' }, false));
test('scan_15', () =>
  check([], ['SCAN', '18446744073709551616'], { error: 'ERR invalid cursor' }, false));
test('scan_16', () =>
  check([], ['SCAN'], { error: 'ERR wrong number of arguments for \'scan\' command' }, false));
test('select_0', () =>
  check([], ['SELECT', '0'], { reply: 'OK' }, false));
test('select_1', () =>
  check([], ['SELECT', '-1'], { error: 'ERR DB index is out of range' }, false));
test('select_2', () =>
  check([], ['SELECT', '4294967296'], { error: 'ERR value is out of range, value must between -2147483648 and 2147483647' }, false));
test('select_3', () =>
  check([], ['SELECT', 'x'], { error: 'ERR value is not an integer or out of range' }, false));
test('select_4', () =>
  check([], ['SELECT'], { error: 'ERR wrong number of arguments for \'select\' command' }, false));
test('ttl_0', () =>
  check([['SET', 'k', 'v', 'EX', '100']], ['TTL', 'k'], { reply: 100n }, false));
test('ttl_1', () =>
  check([['SET', 'k', 'v', 'PX', '100400']], ['TTL', 'k'], { reply: 100n }, false));
test('ttl_2', () =>
  check([['SET', 'k', 'v']], ['TTL', 'k'], { reply: -1n }, false));
test('ttl_3', () =>
  check([], ['TTL', 'missing'], { reply: -2n }, false));
test('ttl_4', () =>
  check([], ['TTL'], { error: 'ERR wrong number of arguments for \'ttl\' command' }, false));
test('key_type_0', () =>
  check([['SET', 'k', 'v']], ['TYPE', 'k'], { reply: 'string' }, false));
test('key_type_1', () =>
  check([['SET', 'k', '12']], ['TYPE', 'k'], { reply: 'string' }, false));
test('key_type_2', () =>
  check([['RPUSH', 'k', 'x']], ['TYPE', 'k'], { reply: 'list' }, false));
test('key_type_3', () =>
  check([['HSET', 'k', 'f', 'v']], ['TYPE', 'k'], { reply: 'hash' }, false));
test('key_type_4', () =>
  check([['SADD', 'k', 'm']], ['TYPE', 'k'], { reply: 'set' }, false));
test('key_type_5', () =>
  check([['ZADD', 'k', '1', 'm']], ['TYPE', 'k'], { reply: 'zset' }, false));
test('key_type_6', () =>
  check([], ['TYPE', 'missing'], { reply: 'none' }, false));
test('key_type_7', () =>
  check([], ['TYPE'], { error: 'ERR wrong number of arguments for \'type\' command' }, false));
test('unlink_0', () =>
  check([['SET', 'a', '1'], ['SET', 'b', '2']], ['UNLINK', 'a', 'b', 'c'], { reply: 2n }, false));
test('unlink_1', () =>
  check([['SET', 'a', '1']], ['UNLINK', 'a', 'a'], { reply: 1n }, false));
test('unlink_2', () =>
  check([], ['UNLINK', 'missing'], { reply: 0n }, false));
test('unlink_3', () =>
  check([], ['UNLINK'], { error: 'ERR wrong number of arguments for \'unlink\' command' }, false));
