/*
 * The C API suite, plain C99 (plus POSIX for temporary directories, fork and threads): every reply
 * shape, binary safety, errors and their codes, NULL rules, options structs, transactions, the
 * SCAN iterator, persistence, locking, close/free, fork, threads and stats. Every check prints
 * its file and line when it fails; the exit status is 1 if any failed.
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ferrite.h"

/* Valgrind's client requests (no-ops when not under valgrind). */
#ifdef FERRITE_TEST_NO_VALGRIND_H
#define VALGRIND_COUNT_ERRORS 0
#else
#include <valgrind/valgrind.h>
#endif

/* ------------------------------------------------------------------ checking */

static size_t checks = 0;
static size_t failures = 0;

static bool check_at(const char* file, int line, const char* text, bool ok) {
    checks++;
    if (!ok) {
        failures++;
        printf("FAIL %s:%d: %s\n", file, line, text);
    }
    return ok;
}

#define CHECK(cond) check_at(__FILE__, __LINE__, #cond, (cond))

/* *err holds an error of `code` (and, when `text` is not NULL, exactly that message); frees it. */
static bool check_err_at(const char* file, int line, ferrite_error** err, ferrite_errcode code,
                         const char* text) {
    char what[600];
    bool ok = *err != NULL && ferrite_error_code(*err) == code &&
              (text == NULL || strcmp(ferrite_error_message(*err), text) == 0);
    if (!ok) {
        snprintf(what, sizeof what, "expected error %d%s%s, got %d \"%s\"", (int)code,
                 text ? " " : "", text ? text : "", (int)ferrite_error_code(*err),
                 ferrite_error_message(*err));
    }
    check_at(file, line, what, ok);
    ferrite_error_free(*err);
    *err = NULL;
    return ok;
}

#define CHECK_ERR(err, code, text) check_err_at(__FILE__, __LINE__, (err), (code), (text))

/* No error is set (prints it otherwise and frees it). */
static bool check_no_err_at(const char* file, int line, ferrite_error** err) {
    char what[600];
    if (*err == NULL) return check_at(file, line, "no error", true);
    snprintf(what, sizeof what, "unexpected error %d \"%s\"", (int)ferrite_error_code(*err),
             ferrite_error_message(*err));
    check_at(file, line, what, false);
    ferrite_error_free(*err);
    *err = NULL;
    return false;
}

#define CHECK_OK(err) check_no_err_at(__FILE__, __LINE__, (err))

static bool bytes_eq(const char* p, size_t len, const char* q, size_t qlen) {
    return p != NULL && len == qlen && memcmp(p, q, len) == 0;
}

/* A ferrite_bytes element equals the C string s. */
static bool item_is(const ferrite_bytes* b, const char* s) {
    return bytes_eq(b->ptr, b->len, s, strlen(s)) && b->ptr[b->len] == '\0';
}

static bool reply_is_bulk(const ferrite_reply* r, const char* s) {
    return r != NULL && r->type == FERRITE_REPLY_BULK && bytes_eq(r->str, r->len, s, strlen(s)) &&
           r->str[r->len] == '\0';
}

static ferrite_bytes b(const char* s) {
    ferrite_bytes out;
    out.ptr = s;
    out.len = strlen(s);
    return out;
}

static ferrite_db* open_memory(void) {
    ferrite_error* err = NULL;
    ferrite_db* db = ferrite_open_memory(&err);
    if (db == NULL) {
        printf("ferrite_open_memory failed: %s\n", ferrite_error_message(err));
        exit(1);
    }
    return db;
}

static void close_free(ferrite_db* db) {
    ferrite_error* err = NULL;
    CHECK(ferrite_close(db, &err) == 0);
    CHECK_OK(&err);
    ferrite_db_free(db);
}

/* ------------------------------------------------------------------ temporary directories */

static char temp_root[256];

static int remove_entry(const char* path, const struct stat* st, int flag, struct FTW* ftw) {
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static void make_temp_root(void) {
    const char* base = getenv("TMPDIR");
    snprintf(temp_root, sizeof temp_root, "%s/ferrite-c-suite-XXXXXX",
             base != NULL && base[0] != '\0' ? base : "/tmp");
    if (mkdtemp(temp_root) == NULL) {
        printf("mkdtemp failed\n");
        exit(1);
    }
}

static void remove_temp_root(void) {
    nftw(temp_root, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* A fresh path under the temporary root (not created: ferrite_open creates it). */
static void temp_path(char* out, size_t size, const char* name) {
    snprintf(out, size, "%s/%s", temp_root, name);
}

/* ------------------------------------------------------------------ forked children */

/* Forks; in the child, returns 0 and *fd is the write end for child_report; in the parent, the
   child's pid (or -1) and *fd the read end for child_result. */
static pid_t fork_child(int* fd) {
    int fds[2];
    pid_t pid;
    if (pipe(fds) != 0) return -1;
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        close(fds[0]);
        *fd = fds[1];
    } else {
        close(fds[1]);
        *fd = fds[0];
    }
    return pid;
}

/* Ends the child: sends `code` (plus the number of memory errors valgrind saw in the child) to
   the parent, then dies by SIGKILL, as a crashed process would. Exiting normally would run
   valgrind's leak check in the child, which a child of a multithreaded process cannot pass: fork
   copies only the calling thread, so the heap blocks the parent's other threads own (the
   database's background threads) are unreachable in the child. */
static void child_report(int fd, int code) {
    int total = code + (int)VALGRIND_COUNT_ERRORS;
    if (write(fd, &total, sizeof total) != (ssize_t)sizeof total) _exit(99);
    close(fd);
    raise(SIGKILL);
    _exit(98);
}

/* The child's code, or -1 if it died without reporting. */
static int child_result(pid_t pid, int fd) {
    int code = -1, status = 0;
    if (pid <= 0) return -1;
    if (read(fd, &code, sizeof code) != (ssize_t)sizeof code) code = -1;
    close(fd);
    if (waitpid(pid, &status, 0) != pid) return -1;
    return code;
}

/* ------------------------------------------------------------------ reply shapes */

static void test_scalars(void) {
    ferrite_error* err = NULL;
    ferrite_db* db = open_memory();
    size_t len = 99;
    char* s;
    int64_t n = 7;
    double d = 7.5;
    const char nul_value[] = {'a', '\0', 'b', '\0'};

    /* ok: 0 */
    CHECK(ferrite_set(db, "k", 1, "v", 1, &err) == 0);
    CHECK_OK(&err);
    /* bytes: a copy, NUL-terminated, length in out_len */
    s = ferrite_get(db, "k", 1, &len, &err);
    CHECK(s != NULL && len == 1 && s[0] == 'v' && s[1] == '\0');
    CHECK_OK(&err);
    ferrite_free(s);
    /* bytes with embedded NUL bytes */
    CHECK(ferrite_set(db, "nul", 3, nul_value, 4, &err) == 0);
    s = ferrite_get(db, "nul", 3, &len, &err);
    CHECK(s != NULL && len == 4 && memcmp(s, nul_value, 4) == 0 && s[4] == '\0');
    ferrite_free(s);
    /* an empty value is not nil */
    CHECK(ferrite_set(db, "empty", 5, "", 0, &err) == 0);
    len = 99;
    s = ferrite_get(db, "empty", 5, &len, &err);
    CHECK(s != NULL && len == 0 && s[0] == '\0');
    CHECK_OK(&err);
    ferrite_free(s);
    /* nil: NULL with no error; out_len may be NULL */
    s = ferrite_get(db, "missing", 7, NULL, &err);
    CHECK(s == NULL && err == NULL);
    /* text form */
    s = ferrite_get_str(db, "k", 1, &len, &err);
    CHECK(s != NULL && strcmp(s, "v") == 0 && len == 1);
    ferrite_free(s);

    /* integers */
    CHECK(ferrite_incr(db, "n", 1, &err) == 1);
    CHECK(ferrite_incr_by(db, "n", 1, 41, &err) == 42);
    CHECK(ferrite_decr_by(db, "n", 1, 50, &err) == -8);
    CHECK_OK(&err);
    CHECK(ferrite_strlen(db, "nul", 3, &err) == 4);
    CHECK(ferrite_append(db, "k", 1, "w", 1, &err) == 2);
    /* float */
    d = ferrite_incr_by_float(db, "f", 1, 1.5, &err);
    CHECK(d == 1.5);
    d = ferrite_incr_by_float(db, "f", 1, -0.25, &err);
    CHECK(d == 1.25);
    CHECK_OK(&err);

    /* bool */
    CHECK(ferrite_hset(db, "h", 1, "f", 1, "1", 1, &err) == 1);
    CHECK(ferrite_hexists(db, "h", 1, "f", 1, &err) == 1);
    CHECK(ferrite_hexists(db, "h", 1, "g", 1, &err) == 0);
    CHECK(ferrite_setnx(db, "k", 1, "x", 1, &err) == 0);
    CHECK(ferrite_setnx(db, "k2", 2, "x", 1, &err) == 1);
    CHECK_OK(&err);

    /* optional integer out-parameters: present, nil (out untouched), out NULL */
    n = 7;
    CHECK(ferrite_ttl(db, "k", 1, &n, &err) == 0 && n == 7);
    CHECK(ferrite_ttl(db, "missing", 7, &n, &err) == 0 && n == 7);
    CHECK(ferrite_expire(db, "k", 1, 100, &err) == 1);
    CHECK(ferrite_ttl(db, "k", 1, &n, &err) == 1 && n > 90 && n <= 100);
    CHECK(ferrite_pttl(db, "k", 1, &n, &err) == 1 && n > 90000 && n <= 100000);
    CHECK(ferrite_ttl(db, "k", 1, NULL, &err) == 1);
    CHECK(ferrite_persist(db, "k", 1, &err) == 1);
    {
        ferrite_bytes elements[3];
        elements[0] = b("a");
        elements[1] = b("b");
        elements[2] = b("c");
        CHECK(ferrite_rpush(db, "l", 1, elements, 3, &err) == 3);
    }
    n = -5;
    CHECK(ferrite_lpos(db, "l", 1, "c", 1, &n, &err) == 1 && n == 2);
    n = -5;
    CHECK(ferrite_lpos(db, "l", 1, "z", 1, &n, &err) == 0 && n == -5);
    CHECK_OK(&err);
    /* optional float out-parameters */
    {
        double scores[2] = {1.5, -2.0};
        ferrite_bytes members[2];
        members[0] = b("one");
        members[1] = b("two");
        CHECK(ferrite_zadd(db, "z", 1, scores, members, 2, &err) == 2);
    }
    d = 0.0;
    CHECK(ferrite_zscore(db, "z", 1, "one", 3, &d, &err) == 1 && d == 1.5);
    d = 9.0;
    CHECK(ferrite_zscore(db, "z", 1, "nope", 4, &d, &err) == 0 && d == 9.0);
    CHECK(ferrite_zrank(db, "z", 1, "one", 3, &n, &err) == 1 && n == 1);
    CHECK(ferrite_zrank(db, "z", 1, "nope", 4, &n, &err) == 0);
    CHECK_OK(&err);

    /* ferrite_type */
    CHECK(ferrite_key_type(db, "k", 1, &err) == FERRITE_TYPE_STRING);
    CHECK(ferrite_key_type(db, "h", 1, &err) == FERRITE_TYPE_HASH);
    CHECK(ferrite_key_type(db, "l", 1, &err) == FERRITE_TYPE_LIST);
    CHECK(ferrite_key_type(db, "z", 1, &err) == FERRITE_TYPE_ZSET);
    CHECK(ferrite_key_type(db, "missing", 7, &err) == FERRITE_TYPE_NONE);
    {
        ferrite_bytes m = b("m");
        CHECK(ferrite_sadd(db, "s", 1, &m, 1, &err) == 1);
    }
    CHECK(ferrite_key_type(db, "s", 1, &err) == FERRITE_TYPE_SET);
    CHECK_OK(&err);
    /* counts */
    {
        ferrite_bytes keys[3];
        keys[0] = b("k");
        keys[1] = b("missing");
        keys[2] = b("h");
        CHECK(ferrite_exists(db, keys, 3, &err) == 2);
        CHECK(ferrite_del(db, keys, 2, &err) == 1);
    }
    CHECK(ferrite_dbsize(db, &err) == 9); /* nul empty n f h k2 l z s */
    CHECK_OK(&err);
    close_free(db);
}

/* The columns of a list are filled exactly as its kind says. */
static bool columns_are(const ferrite_list* l, ferrite_list_kind kind, bool items, bool values,
                        bool scores, bool integers) {
    if (l == NULL || l->kind != kind) return false;
    if (l->len == 0) return true;
    return (l->items != NULL) == items && (l->values != NULL) == values &&
           (l->scores != NULL) == scores && (l->integers != NULL) == integers;
}

static void test_lists(void) {
    ferrite_error* err = NULL;
    ferrite_db* db = open_memory();
    ferrite_list* l;
    ferrite_bytes xs[4];
    size_t i;
    bool seen_a = false, seen_b = false;
    uint64_t cursor;
    size_t scanned;

    xs[0] = b("a");
    xs[1] = b("b");
    xs[2] = b("c");
    CHECK(ferrite_rpush(db, "l", 1, xs, 3, &err) == 3);
    /* LIST */
    l = ferrite_lrange(db, "l", 1, 0, -1, &err);
    CHECK(columns_are(l, FERRITE_LIST_LIST, true, false, false, false));
    CHECK(l != NULL && l->len == 3 && item_is(&l->items[0], "a") && item_is(&l->items[2], "c"));
    ferrite_free(l);
    /* an empty list is a list of length 0, not NULL */
    l = ferrite_lrange(db, "missing", 7, 0, -1, &err);
    CHECK(l != NULL && l->kind == FERRITE_LIST_LIST && l->len == 0);
    CHECK_OK(&err);
    ferrite_free(l);
    /* SET */
    CHECK(ferrite_sadd(db, "s", 1, xs, 2, &err) == 2);
    l = ferrite_smembers(db, "s", 1, &err);
    CHECK(columns_are(l, FERRITE_LIST_SET, true, false, false, false) && l->len == 2);
    for (i = 0; l != NULL && i < l->len; i++) {
        seen_a = seen_a || item_is(&l->items[i], "a");
        seen_b = seen_b || item_is(&l->items[i], "b");
    }
    CHECK(seen_a && seen_b);
    ferrite_free(l);
    /* OPTIONAL_ITEMS: nil has ptr NULL */
    CHECK(ferrite_set(db, "k1", 2, "v1", 2, &err) == 0);
    xs[0] = b("k1");
    xs[1] = b("nope");
    l = ferrite_mget(db, xs, 2, &err);
    CHECK(columns_are(l, FERRITE_LIST_OPTIONAL_ITEMS, true, false, false, false));
    CHECK(l != NULL && l->len == 2 && item_is(&l->items[0], "v1") && l->items[1].ptr == NULL);
    ferrite_free(l);
    /* MAP */
    {
        ferrite_bytes fields[2], values[2];
        fields[0] = b("f1");
        fields[1] = b("f2");
        values[0] = b("v1");
        values[1] = b("v2");
        CHECK(ferrite_hset_multiple(db, "h", 1, fields, values, 2, &err) == 2);
    }
    l = ferrite_hgetall(db, "h", 1, &err);
    CHECK(columns_are(l, FERRITE_LIST_MAP, true, true, false, false) && l->len == 2);
    for (i = 0; l != NULL && i < l->len; i++) {
        CHECK((item_is(&l->items[i], "f1") && item_is(&l->values[i], "v1")) ||
              (item_is(&l->items[i], "f2") && item_is(&l->values[i], "v2")));
    }
    ferrite_free(l);
    /* SCORED */
    {
        double scores[3] = {3.0, 1.0, 2.5};
        xs[0] = b("c");
        xs[1] = b("a");
        xs[2] = b("b");
        CHECK(ferrite_zadd(db, "z", 1, scores, xs, 3, &err) == 3);
    }
    l = ferrite_zrange_with_scores(db, "z", 1, 0, -1, &err);
    CHECK(columns_are(l, FERRITE_LIST_SCORED, true, false, true, false) && l->len == 3);
    CHECK(l != NULL && l->len == 3 && item_is(&l->items[0], "a") && l->scores[0] == 1.0 &&
          item_is(&l->items[1], "b") && l->scores[1] == 2.5 && item_is(&l->items[2], "c") &&
          l->scores[2] == 3.0);
    ferrite_free(l);
    /* BOOLS */
    xs[0] = b("a");
    xs[1] = b("zz");
    xs[2] = b("b");
    l = ferrite_smismember(db, "s", 1, xs, 3, &err);
    CHECK(columns_are(l, FERRITE_LIST_BOOLS, false, false, false, true));
    CHECK(l != NULL && l->len == 3 && l->integers[0] == 1 && l->integers[1] == 0 &&
          l->integers[2] == 1);
    ferrite_free(l);
    /* INTEGERS */
    xs[0] = b("a");
    CHECK(ferrite_rpush(db, "l", 1, xs, 1, &err) == 4);
    l = ferrite_lpos_count(db, "l", 1, "a", 1, 0, &err);
    CHECK(columns_are(l, FERRITE_LIST_INTEGERS, false, false, false, true));
    CHECK(l != NULL && l->len == 2 && l->integers[0] == 0 && l->integers[1] == 3);
    ferrite_free(l);
    /* OPTIONAL_SCORES */
    xs[0] = b("b");
    xs[1] = b("nope");
    l = ferrite_zmscore(db, "z", 1, xs, 2, &err);
    CHECK(columns_are(l, FERRITE_LIST_OPTIONAL_SCORES, false, false, true, true));
    CHECK(l != NULL && l->len == 2 && l->integers[0] == 1 && l->scores[0] == 2.5 &&
          l->integers[1] == 0);
    ferrite_free(l);
    /* PAGE: walk SCAN by hand */
    scanned = 0;
    cursor = 0;
    do {
        l = ferrite_scan(db, cursor, &err);
        if (!CHECK(l != NULL && l->kind == FERRITE_LIST_PAGE)) break;
        CHECK(l->values == NULL && l->scores == NULL && l->integers == NULL);
        scanned += l->len;
        cursor = l->cursor;
        ferrite_free(l);
    } while (cursor != 0);
    CHECK(scanned == (size_t)ferrite_dbsize(db, &err));
    CHECK_OK(&err);
    /* a page with a pattern and a type */
    {
        ferrite_scan_options o;
        memset(&o, 0, sizeof o);
        o.pattern = "k*";
        o.pattern_len = 2;
        o.has_count = true;
        o.count = 1000;
        l = ferrite_scan_with(db, 0, &o, &err);
        CHECK(l != NULL && l->kind == FERRITE_LIST_PAGE && l->cursor == 0 && l->len == 1 &&
              item_is(&l->items[0], "k1"));
        ferrite_free(l);
        o.pattern = NULL;
        o.pattern_len = 0;
        o.key_type = "zset";
        o.key_type_len = 4;
        l = ferrite_scan_with(db, 0, &o, &err);
        CHECK(l != NULL && l->len == 1 && item_is(&l->items[0], "z"));
        ferrite_free(l);
    }
    CHECK_OK(&err);
    close_free(db);
}

/* The reply trees of execute and of the _with methods. */
static void test_replies(void) {
    ferrite_error* err = NULL;
    ferrite_db* db = open_memory();
    ferrite_reply* r;
    ferrite_bytes argv[8];
    const char bin[] = {'x', '\0', 'y'};

    /* status */
    argv[0] = b("SET");
    argv[1] = b("k");
    argv[2].ptr = bin;
    argv[2].len = 3;
    r = ferrite_execute(db, argv, 3, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_STATUS && r->len == 2 && strcmp(r->str, "OK") == 0);
    CHECK(r != NULL && r->elements == NULL && r->count == 0);
    ferrite_free(r);
    /* bulk with embedded NUL */
    argv[0] = b("GET");
    r = ferrite_execute(db, argv, 2, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_BULK && bytes_eq(r->str, r->len, bin, 3) &&
          r->str[3] == '\0');
    ferrite_free(r);
    /* nil */
    argv[1] = b("missing");
    r = ferrite_execute(db, argv, 2, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_NIL && r->str == NULL);
    ferrite_free(r);
    /* integer */
    argv[0] = b("INCRBY");
    argv[1] = b("n");
    argv[2] = b("-9000000000");
    r = ferrite_execute(db, argv, 3, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_INTEGER && r->integer == INT64_C(-9000000000));
    ferrite_free(r);
    /* nested arrays: empty array, array with nil */
    argv[0] = b("MGET");
    argv[1] = b("k");
    argv[2] = b("missing");
    r = ferrite_execute(db, argv, 3, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_ARRAY && r->count == 2 &&
          r->elements[0].type == FERRITE_REPLY_BULK && r->elements[1].type == FERRITE_REPLY_NIL);
    ferrite_free(r);
    argv[0] = b("LRANGE");
    argv[1] = b("nolist");
    argv[2] = b("0");
    argv[3] = b("-1");
    r = ferrite_execute(db, argv, 4, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_ARRAY && r->count == 0);
    ferrite_free(r);
    argv[0] = b("RPUSH");
    argv[1] = b("l");
    argv[2] = b("a");
    argv[3] = b("b");
    ferrite_free(ferrite_execute(db, argv, 4, &err));
    argv[0] = b("SCAN");
    argv[1] = b("0");
    argv[2] = b("MATCH");
    argv[3] = b("l");
    r = ferrite_execute(db, argv, 4, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_ARRAY && r->count == 2 &&
          reply_is_bulk(&r->elements[0], "0") && r->elements[1].type == FERRITE_REPLY_ARRAY &&
          r->elements[1].count == 1 && reply_is_bulk(&r->elements[1].elements[0], "l"));
    ferrite_free(r);
    CHECK_OK(&err);

    /* _with methods return reply trees */
    {
        ferrite_lpop_options o;
        memset(&o, 0, sizeof o);
        r = ferrite_lpop_with(db, "l", 1, &o, &err);
        CHECK(reply_is_bulk(r, "a"));
        ferrite_free(r);
        o.has_count = true;
        o.count = 5;
        r = ferrite_lpop_with(db, "l", 1, &o, &err);
        CHECK(r != NULL && r->type == FERRITE_REPLY_ARRAY && r->count == 1 &&
              reply_is_bulk(&r->elements[0], "b"));
        ferrite_free(r);
        r = ferrite_lpop_with(db, "l", 1, NULL, &err);
        CHECK(r != NULL && r->type == FERRITE_REPLY_NIL);
        ferrite_free(r);
    }
    {
        ferrite_zadd_options o;
        double score = 2.0;
        ferrite_bytes m = b("m");
        memset(&o, 0, sizeof o);
        r = ferrite_zadd_with(db, "z", 1, &score, &m, 1, &o, &err);
        CHECK(r != NULL && r->type == FERRITE_REPLY_INTEGER && r->integer == 1);
        ferrite_free(r);
        o.incr = true;
        r = ferrite_zadd_with(db, "z", 1, &score, &m, 1, &o, &err);
        CHECK(reply_is_bulk(r, "4"));
        ferrite_free(r);
        o.nx = true;
        r = ferrite_zadd_with(db, "z", 1, &score, &m, 1, &o, &err);
        CHECK(r != NULL && r->type == FERRITE_REPLY_NIL);
        ferrite_free(r);
    }
    CHECK_OK(&err);
    close_free(db);
}

/* ------------------------------------------------------------------ binary safety and NULL rules */

static void test_binary(void) {
    ferrite_error* err = NULL;
    ferrite_db* db = open_memory();
    char all[256];
    char key[5] = {'\0', 'k', '\xff', '\0', '\x80'};
    char* s;
    size_t len = 0, i;
    ferrite_list* l;
    ferrite_reply* r;
    ferrite_bytes argv[3];
    ferrite_iter* it;
    ferrite_bytes got;
    int found = 0;

    for (i = 0; i < 256; i++) all[i] = (char)i;
    /* every byte value in a key and a value round-trips */
    CHECK(ferrite_set(db, key, 5, all, 256, &err) == 0);
    s = ferrite_get(db, key, 5, &len, &err);
    CHECK(s != NULL && len == 256 && memcmp(s, all, 256) == 0);
    ferrite_free(s);
    CHECK(ferrite_get(db, key, 4, NULL, &err) == NULL && err == NULL); /* a prefix is another key */
    /* as hash fields and values */
    CHECK(ferrite_hset(db, key, 5, all, 256, key, 5, &err) == -1); /* key holds a string */
    CHECK_ERR(&err, FERRITE_ERR_WRONGTYPE, NULL);
    CHECK(ferrite_hset(db, "h", 1, all, 256, key, 5, &err) == 1);
    l = ferrite_hgetall(db, "h", 1, &err);
    CHECK(l != NULL && l->len == 1 && bytes_eq(l->items[0].ptr, l->items[0].len, all, 256) &&
          bytes_eq(l->values[0].ptr, l->values[0].len, key, 5));
    ferrite_free(l);
    /* through execute */
    argv[0] = b("GET");
    argv[1].ptr = key;
    argv[1].len = 5;
    r = ferrite_execute(db, argv, 2, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_BULK && bytes_eq(r->str, r->len, all, 256));
    ferrite_free(r);
    /* in KEYS and the iterator */
    l = ferrite_keys(db, "*", 1, &err);
    CHECK(l != NULL && l->len == 2);
    for (i = 0; l != NULL && i < l->len; i++) {
        if (bytes_eq(l->items[i].ptr, l->items[i].len, key, 5)) found++;
    }
    ferrite_free(l);
    it = ferrite_scan_iter(db, NULL, 0, &err);
    while (it != NULL && ferrite_iter_next(it, &got, &err) == 1) {
        if (bytes_eq(got.ptr, got.len, key, 5)) found++;
    }
    ferrite_iter_free(it);
    CHECK(found == 2);
    CHECK_OK(&err);

    /* NULL with length 0 is the empty key (and the empty value) */
    CHECK(ferrite_set(db, NULL, 0, "empty-key", 9, &err) == 0);
    s = ferrite_get(db, "", 0, &len, &err);
    CHECK(s != NULL && strcmp(s, "empty-key") == 0);
    ferrite_free(s);
    CHECK(ferrite_set(db, "ev", 2, NULL, 0, &err) == 0);
    s = ferrite_get(db, "ev", 2, &len, &err);
    CHECK(s != NULL && len == 0);
    ferrite_free(s);
    CHECK(ferrite_del(db, NULL, 0, &err) == -1);
    CHECK_ERR(&err, FERRITE_ERR_GENERIC, "ERR wrong number of arguments for 'del' command");
    CHECK_OK(&err);
    /* NULL with a length is an error, and nothing is written */
    CHECK(ferrite_get(db, NULL, 3, &len, &err) == NULL);
    CHECK_ERR(&err, FERRITE_ERR_INVALID, NULL);
    CHECK(ferrite_set(db, "nv", 2, NULL, 1, &err) == -1);
    CHECK_ERR(&err, FERRITE_ERR_INVALID, NULL);
    CHECK(ferrite_key_type(db, "nv", 2, &err) == FERRITE_TYPE_NONE);
    argv[0] = b("k");
    argv[1].ptr = NULL;
    argv[1].len = 2;
    CHECK(ferrite_del(db, argv, 2, &err) == -1);
    CHECK_ERR(&err, FERRITE_ERR_INVALID, NULL);
    CHECK(ferrite_del(db, NULL, 2, &err) == -1);
    CHECK_ERR(&err, FERRITE_ERR_INVALID, NULL);
    CHECK(ferrite_zadd(db, "z", 1, NULL, argv, 1, &err) == -1);
    CHECK_ERR(&err, FERRITE_ERR_INVALID, NULL);
    /* err may be NULL: the failure value still says it failed */
    CHECK(ferrite_get(db, NULL, 3, &len, NULL) == NULL);
    close_free(db);
}

/* ------------------------------------------------------------------ errors */

static void test_errors(void) {
    ferrite_error* err = NULL;
    ferrite_db* db = open_memory();
    ferrite_config config;
    ferrite_db* small;
    ferrite_bytes m = b("m");
    char* big;
    char* s;
    int i, rc = 0;

    CHECK(ferrite_sadd(db, "set", 3, &m, 1, &err) == 1);
    /* WRONGTYPE, exact text, from a typed function and from execute */
    CHECK(ferrite_get(db, "set", 3, NULL, &err) == NULL);
    CHECK_ERR(&err, FERRITE_ERR_WRONGTYPE,
              "WRONGTYPE Operation against a key holding the wrong kind of value");
    CHECK(ferrite_incr(db, "set", 3, &err) == 0);
    CHECK_ERR(&err, FERRITE_ERR_WRONGTYPE,
              "WRONGTYPE Operation against a key holding the wrong kind of value");
    {
        ferrite_bytes argv[2];
        argv[0] = b("LLEN");
        argv[1] = b("set");
        CHECK(ferrite_execute(db, argv, 2, &err) == NULL);
        CHECK_ERR(&err, FERRITE_ERR_WRONGTYPE,
                  "WRONGTYPE Operation against a key holding the wrong kind of value");
        argv[0] = b("NOSUCH");
        CHECK(ferrite_execute(db, argv, 2, &err) == NULL);
        CHECK_ERR(&err, FERRITE_ERR_GENERIC,
                  "ERR unknown command 'NOSUCH', with args beginning with: 'set' ");
    }
    /* ERR not an integer; the failure value of an integer function is 0 with *err set */
    CHECK(ferrite_set(db, "s", 1, "abc", 3, &err) == 0);
    CHECK(ferrite_incr(db, "s", 1, &err) == 0);
    CHECK_ERR(&err, FERRITE_ERR_GENERIC, "ERR value is not an integer or out of range");
    CHECK(ferrite_set(db, "max", 3, "9223372036854775807", 19, &err) == 0);
    CHECK(ferrite_incr(db, "max", 3, &err) == 0);
    CHECK_ERR(&err, FERRITE_ERR_GENERIC, "ERR increment or decrement would overflow");
    CHECK(ferrite_incr_by_float(db, "s", 1, 1.0, &err) == 0.0);
    CHECK_ERR(&err, FERRITE_ERR_GENERIC, "ERR value is not a valid float");
    CHECK(ferrite_lset(db, "nolist", 6, 0, "x", 1, &err) == -1);
    CHECK_ERR(&err, FERRITE_ERR_GENERIC, "ERR no such key");
    CHECK(ferrite_zcount(db, "z", 1, "x", 1, "1", 1, &err) == -1);
    CHECK_ERR(&err, FERRITE_ERR_GENERIC, "ERR min or max is not a float");
    /* the value is unchanged after a failed write */
    s = ferrite_get(db, "s", 1, NULL, &err);
    CHECK(s != NULL && strcmp(s, "abc") == 0);
    ferrite_free(s);

    /* a bad enum value is INVALID */
    CHECK(ferrite_lmove(db, "a", 1, "b", 1, (ferrite_list_end)7, FERRITE_LIST_END_LEFT, NULL,
                        &err) == NULL);
    CHECK_ERR(&err, FERRITE_ERR_INVALID, NULL);
    CHECK(ferrite_lmove(db, "a", 1, "b", 1, FERRITE_LIST_END_NONE, FERRITE_LIST_END_LEFT, NULL,
                        &err) == NULL);
    CHECK_ERR(&err, FERRITE_ERR_INVALID, NULL);
    {
        ferrite_set_options o;
        memset(&o, 0, sizeof o);
        o.condition = (ferrite_set_condition)3;
        CHECK(ferrite_set_with(db, "k", 1, "v", 1, &o, &err) == NULL);
        CHECK_ERR(&err, FERRITE_ERR_INVALID, NULL);
        CHECK(ferrite_key_type(db, "k", 1, &err) == FERRITE_TYPE_NONE);
    }
    CHECK_OK(&err);
    close_free(db);

    /* OOM: the memory limit refuses writes with Redis's text; reads and DEL still work */
    CHECK(ferrite_config_init(&config, &err) == 0);
    config.path = NULL;
    config.memory_limit = 64 * 1024;
    small = ferrite_open_with_config(&config, &err);
    if (!CHECK(small != NULL)) {
        CHECK_OK(&err);
        return;
    }
    big = (char*)malloc(4096);
    memset(big, 'x', 4096);
    for (i = 0; i < 1000; i++) {
        char key[32];
        snprintf(key, sizeof key, "key:%d", i);
        rc = ferrite_set(small, key, strlen(key), big, 4096, &err);
        if (rc != 0) break;
    }
    CHECK(rc == -1 && i > 0 && i < 1000);
    CHECK_ERR(&err, FERRITE_ERR_OOM, "OOM command not allowed when used memory > 'maxmemory'.");
    s = ferrite_get(small, "key:0", 5, NULL, &err);
    CHECK(s != NULL);
    ferrite_free(s);
    {
        ferrite_bytes k[2];
        k[0] = b("key:0");
        k[1] = b("key:1");
        CHECK(ferrite_del(small, k, 2, &err) == 2);
    }
    CHECK(ferrite_set(small, "after", 5, big, 4096, &err) == 0);
    CHECK_OK(&err);
    free(big);
    close_free(small);
}

/* ------------------------------------------------------------------ options structs */

static void test_options(void) {
    ferrite_error* err = NULL;
    ferrite_db* db = open_memory();
    ferrite_reply* r;
    ferrite_set_options so;
    ferrite_zrange_options zo;
    int64_t ttl = 0;
    const char* names[6] = {"a", "b", "c", "d", "e", "f"};
    double scores[6] = {1, 2, 3, 4, 5, 6};
    ferrite_bytes members[6];
    int i;

    /* SET ... EX */
    memset(&so, 0, sizeof so);
    so.expiration = FERRITE_SET_EXPIRATION_EX;
    so.expiration_value = 100;
    r = ferrite_set_with(db, "k", 1, "v1", 2, &so, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_STATUS && strcmp(r->str, "OK") == 0);
    ferrite_free(r);
    CHECK(ferrite_ttl(db, "k", 1, &ttl, &err) == 1 && ttl > 90 && ttl <= 100);
    /* NX on an existing key: nil, nothing written */
    memset(&so, 0, sizeof so);
    so.condition = FERRITE_SET_CONDITION_NX;
    r = ferrite_set_with(db, "k", 1, "v2", 2, &so, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_NIL);
    ferrite_free(r);
    /* GET: the old value; without EX/KEEPTTL the TTL goes */
    memset(&so, 0, sizeof so);
    so.get = true;
    r = ferrite_set_with(db, "k", 1, "v3", 2, &so, &err);
    CHECK(reply_is_bulk(r, "v1"));
    ferrite_free(r);
    CHECK(ferrite_ttl(db, "k", 1, &ttl, &err) == 0);
    /* NX + GET on a missing key: nil (no old value), written */
    memset(&so, 0, sizeof so);
    so.condition = FERRITE_SET_CONDITION_NX;
    so.get = true;
    so.expiration = FERRITE_SET_EXPIRATION_PX;
    so.expiration_value = 50000;
    r = ferrite_set_with(db, "new", 3, "n", 1, &so, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_NIL);
    ferrite_free(r);
    CHECK(ferrite_pttl(db, "new", 3, &ttl, &err) == 1 && ttl > 40000 && ttl <= 50000);
    /* NULL options: plain SET */
    r = ferrite_set_with(db, "k", 1, "v4", 2, NULL, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_STATUS);
    ferrite_free(r);
    /* EX 0: Redis's error */
    memset(&so, 0, sizeof so);
    so.expiration = FERRITE_SET_EXPIRATION_EX;
    so.expiration_value = 0;
    CHECK(ferrite_set_with(db, "k", 1, "v", 1, &so, &err) == NULL);
    CHECK_ERR(&err, FERRITE_ERR_GENERIC, "ERR invalid expire time in 'set' command");
    CHECK_OK(&err);

    /* ZRANGE BYSCORE LIMIT WITHSCORES */
    for (i = 0; i < 6; i++) members[i] = b(names[i]);
    CHECK(ferrite_zadd(db, "z", 1, scores, members, 6, &err) == 6);
    memset(&zo, 0, sizeof zo);
    zo.by = FERRITE_Z_RANGE_BY_BYSCORE;
    zo.has_limit = true;
    zo.limit_offset = 1;
    zo.limit_count = 2;
    zo.withscores = true;
    r = ferrite_zrange_with(db, "z", 1, "(1", 2, "5", 1, &zo, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_ARRAY && r->count == 4 &&
          reply_is_bulk(&r->elements[0], "c") && reply_is_bulk(&r->elements[1], "3") &&
          reply_is_bulk(&r->elements[2], "d") && reply_is_bulk(&r->elements[3], "4"));
    ferrite_free(r);
    /* REV, no scores */
    zo.rev = true;
    zo.withscores = false;
    zo.has_limit = false;
    r = ferrite_zrange_with(db, "z", 1, "+inf", 4, "4", 1, &zo, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_ARRAY && r->count == 3 &&
          reply_is_bulk(&r->elements[0], "f") && reply_is_bulk(&r->elements[2], "d"));
    ferrite_free(r);
    /* by rank with NULL options */
    r = ferrite_zrange_with(db, "z", 1, "0", 1, "1", 1, NULL, &err);
    CHECK(r != NULL && r->count == 2 && reply_is_bulk(&r->elements[0], "a"));
    ferrite_free(r);
    /* a bound that is not a number */
    zo.rev = false;
    r = ferrite_zrange_with(db, "z", 1, "x", 1, "4", 1, &zo, &err);
    CHECK(r == NULL);
    CHECK_ERR(&err, FERRITE_ERR_GENERIC, "ERR min or max is not a float");
    /* LIMIT without BYSCORE/BYLEX is Redis's syntax error */
    memset(&zo, 0, sizeof zo);
    zo.has_limit = true;
    zo.limit_count = 1;
    r = ferrite_zrange_with(db, "z", 1, "0", 1, "-1", 2, &zo, &err);
    CHECK(r == NULL);
    CHECK_ERR(&err, FERRITE_ERR_GENERIC, NULL);
    CHECK_OK(&err);
    close_free(db);
}

/* ------------------------------------------------------------------ transactions */

static ferrite_tx* kept_tx = NULL;

static int tx_commit(ferrite_tx* tx, void* user) {
    ferrite_error* err = NULL;
    ferrite_bytes argv[3];
    ferrite_reply* r;
    int* calls = (int*)user;
    char* s;
    (*calls)++;
    kept_tx = tx;
    CHECK(ferrite_tx_set(tx, "a", 1, "1", 1, &err) == 0);
    CHECK(ferrite_tx_incr_by(tx, "n", 1, 10, &err) == 10);
    /* reads inside see the transaction's writes */
    s = ferrite_tx_get(tx, "a", 1, NULL, &err);
    CHECK(s != NULL && strcmp(s, "1") == 0);
    ferrite_free(s);
    argv[0] = b("RPUSH");
    argv[1] = b("l");
    argv[2] = b("x");
    r = ferrite_tx_execute(tx, argv, 3, &err);
    CHECK(r != NULL && r->type == FERRITE_REPLY_INTEGER && r->integer == 1);
    ferrite_free(r);
    /* an error inside is the callback's to handle */
    CHECK(ferrite_tx_incr(tx, "l", 1, &err) == 0);
    CHECK_ERR(&err, FERRITE_ERR_WRONGTYPE, NULL);
    CHECK_OK(&err);
    return 0;
}

/* Another thread using a running transaction's handle. */
static void* tx_from_other_thread(void* arg) {
    ferrite_error* err = NULL;
    int rc = ferrite_tx_set((ferrite_tx*)arg, "other", 5, "x", 1, &err);
    bool misuse = rc == -1 && ferrite_error_code(err) == FERRITE_ERR_MISUSE;
    ferrite_error_free(err);
    return misuse ? arg : NULL;
}

static int tx_threads(ferrite_tx* tx, void* user) {
    pthread_t thread;
    void* res = NULL;
    (void)user;
    CHECK(pthread_create(&thread, NULL, tx_from_other_thread, tx) == 0);
    CHECK(pthread_join(thread, &res) == 0);
    CHECK(res == (void*)tx); /* MISUSE there */
    return 0;
}

static int tx_rollback(ferrite_tx* tx, void* user) {
    ferrite_error* err = NULL;
    ferrite_bytes k = b("a");
    (void)user;
    CHECK(ferrite_tx_set(tx, "b", 1, "2", 1, &err) == 0);
    CHECK(ferrite_tx_del(tx, &k, 1, &err) == 1);
    CHECK(ferrite_tx_incr_by(tx, "n", 1, 5, &err) == 15);
    CHECK(ferrite_tx_flushdb(tx, &err) == 0);
    CHECK_OK(&err);
    return 7;
}

static void test_transactions(void) {
    ferrite_error* err = NULL;
    ferrite_db* db = open_memory();
    int calls = 0;
    char* s;
    int64_t n = 0;

    CHECK(ferrite_transaction(db, tx_commit, &calls, &err) == 0);
    CHECK_OK(&err);
    CHECK(calls == 1);
    s = ferrite_get(db, "a", 1, NULL, &err);
    CHECK(s != NULL && strcmp(s, "1") == 0);
    ferrite_free(s);
    CHECK(ferrite_llen(db, "l", 1, &err) == 1);
    /* rollback: a non-zero return leaves nothing of the transaction */
    CHECK(ferrite_transaction(db, tx_rollback, NULL, &err) == 1);
    CHECK_OK(&err);
    CHECK(ferrite_key_type(db, "b", 1, &err) == FERRITE_TYPE_NONE);
    s = ferrite_get(db, "a", 1, NULL, &err);
    CHECK(s != NULL && strcmp(s, "1") == 0);
    ferrite_free(s);
    s = ferrite_get(db, "n", 1, NULL, &err);
    CHECK(s != NULL && strcmp(s, "10") == 0);
    ferrite_free(s);
    CHECK(ferrite_dbsize(db, &err) == 3);
    /* the handle after its callback: MISUSE, nothing written */
    CHECK(ferrite_tx_set(kept_tx, "late", 4, "x", 1, &err) == -1);
    CHECK_ERR(&err, FERRITE_ERR_MISUSE, NULL);
    CHECK(ferrite_tx_execute(kept_tx, NULL, 0, &err) == NULL);
    CHECK_ERR(&err, FERRITE_ERR_MISUSE, NULL);
    CHECK(ferrite_tx_ttl(kept_tx, "a", 1, &n, &err) == -1);
    CHECK_ERR(&err, FERRITE_ERR_MISUSE, NULL);
    CHECK(ferrite_key_type(db, "late", 4, &err) == FERRITE_TYPE_NONE);
    /* a transaction handle works only on its callback's thread */
    CHECK(ferrite_transaction(db, tx_threads, NULL, &err) == 0);
    CHECK(ferrite_key_type(db, "other", 5, &err) == FERRITE_TYPE_NONE);
    CHECK_OK(&err);
    close_free(db);
}

/* ------------------------------------------------------------------ the iterator */

static void test_iterator(void) {
    ferrite_error* err = NULL;
    ferrite_db* db = open_memory();
    enum { N = 1000 };
    static unsigned char seen[N];
    ferrite_iter* it;
    ferrite_bytes key;
    char name[32];
    int i, rc, total = 0, matched = 0, bad = 0;

    for (i = 0; i < N; i++) {
        snprintf(name, sizeof name, "key:%d", i);
        if (ferrite_set(db, name, strlen(name), "v", 1, &err) != 0) bad++;
    }
    CHECK(bad == 0);
    CHECK_OK(&err);
    /* every key exactly once */
    memset(seen, 0, sizeof seen);
    it = ferrite_scan_iter(db, NULL, 0, &err);
    CHECK(it != NULL);
    while ((rc = ferrite_iter_next(it, &key, &err)) == 1) {
        char copy[32];
        int index;
        total++;
        if (key.len < 5 || key.len >= sizeof copy || memcmp(key.ptr, "key:", 4) != 0) {
            bad++;
            continue;
        }
        memcpy(copy, key.ptr + 4, key.len - 4);
        copy[key.len - 4] = '\0';
        index = atoi(copy);
        if (index < 0 || index >= N || seen[index]) {
            bad++;
        } else {
            seen[index] = 1;
        }
    }
    CHECK(rc == 0);
    CHECK_OK(&err);
    CHECK(total == N && bad == 0);
    /* the end is sticky */
    CHECK(ferrite_iter_next(it, &key, &err) == 0);
    ferrite_iter_free(it);
    /* with a pattern: key:1, key:10..19, key:100..199 */
    it = ferrite_scan_iter(db, "key:1*", 6, &err);
    while ((rc = ferrite_iter_next(it, &key, &err)) == 1) {
        matched++;
        if (key.len < 5 || memcmp(key.ptr, "key:1", 5) != 0) bad++;
    }
    CHECK(rc == 0 && matched == 111 && bad == 0);
    ferrite_iter_free(it);
    /* key may be NULL */
    it = ferrite_scan_iter(db, "key:99?", 7, &err);
    matched = 0;
    while (ferrite_iter_next(it, NULL, &err) == 1) matched++;
    CHECK(matched == 10);
    ferrite_iter_free(it);
    /* an iterator whose database was closed: CLOSED */
    it = ferrite_scan_iter(db, NULL, 0, &err);
    CHECK(ferrite_iter_next(it, &key, &err) == 1);
    CHECK(ferrite_close(db, &err) == 0);
    CHECK_OK(&err);
    for (i = 0; i < 200 && (rc = ferrite_iter_next(it, &key, &err)) == 1; i++) {
    }
    CHECK(rc == -1);
    CHECK_ERR(&err, FERRITE_ERR_CLOSED, NULL);
    ferrite_iter_free(it);
    ferrite_db_free(db);
}

/* ------------------------------------------------------------------ persistence and locking */

static bool get_is(ferrite_db* db, const char* key, const char* value) {
    ferrite_error* err = NULL;
    size_t len = 0;
    char* s = ferrite_get(db, key, strlen(key), &len, &err);
    bool ok = s != NULL && len == strlen(value) && memcmp(s, value, len) == 0;
    ferrite_free(s);
    ferrite_error_free(err);
    return ok;
}

static void test_persistence(void) {
    ferrite_error* err = NULL;
    ferrite_db* db;
    ferrite_db* second;
    ferrite_db* other;
    ferrite_config config;
    ferrite_list* l;
    char path[512];
    const char bin[] = {'\0', '\xff', '\n'};
    size_t len;
    char* s;
    pid_t pid;
    int fd = -1, i, missing = 0;

    temp_path(path, sizeof path, "plain");
    db = ferrite_open(path, &err);
    if (!CHECK(db != NULL)) {
        CHECK_OK(&err);
        return;
    }
    CHECK(ferrite_set(db, "k", 1, "v", 1, &err) == 0);
    CHECK(ferrite_set(db, bin, 3, bin, 3, &err) == 0);
    CHECK(ferrite_hset(db, "h", 1, "f", 1, "x", 1, &err) == 1);
    CHECK(ferrite_expire(db, "k", 1, 1000, &err) == 1);
    CHECK_OK(&err);
    /* a second open of the same directory: LOCKED */
    second = ferrite_open(path, &err);
    CHECK(second == NULL);
    CHECK_ERR(&err, FERRITE_ERR_LOCKED, NULL);
    close_free(db);
    /* reopen and read back */
    db = ferrite_open(path, &err);
    if (!CHECK(db != NULL)) {
        CHECK_OK(&err);
        return;
    }
    CHECK(get_is(db, "k", "v"));
    s = ferrite_get(db, bin, 3, &len, &err);
    CHECK(s != NULL && bytes_eq(s, len, bin, 3));
    ferrite_free(s);
    {
        int64_t ttl = 0;
        CHECK(ferrite_ttl(db, "k", 1, &ttl, &err) == 1 && ttl > 900 && ttl <= 1000);
    }
    l = ferrite_hgetall(db, "h", 1, &err);
    CHECK(l != NULL && l->len == 1 && item_is(&l->items[0], "f") && item_is(&l->values[0], "x"));
    ferrite_free(l);
    CHECK_OK(&err);

    /* a second handle keeps the database (and its lock) open after the first closes */
    other = ferrite_with_db(db, 1, &err);
    CHECK(other != NULL);
    CHECK(ferrite_set(other, "in1", 3, "yes", 3, &err) == 0);
    close_free(db);
    CHECK(ferrite_set(other, "in1b", 4, "yes", 3, &err) == 0);
    CHECK_OK(&err);
    second = ferrite_open(path, &err);
    CHECK(second == NULL);
    CHECK_ERR(&err, FERRITE_ERR_LOCKED, NULL);
    ferrite_db_free(second);
    /* freeing the last handle (without ferrite_close) closes the database */
    ferrite_db_free(other);
    db = ferrite_open(path, &err);
    if (!CHECK(db != NULL)) {
        CHECK_OK(&err);
        return;
    }
    other = ferrite_with_db(db, 1, &err);
    CHECK(other != NULL && get_is(other, "in1", "yes") && get_is(other, "in1b", "yes"));
    ferrite_db_free(other);
    /* use after close and double close: CLOSED; the tombstone is freed once */
    CHECK(ferrite_close(db, &err) == 0);
    CHECK_OK(&err);
    CHECK(ferrite_get(db, "k", 1, NULL, &err) == NULL);
    CHECK_ERR(&err, FERRITE_ERR_CLOSED, NULL);
    CHECK(ferrite_set(db, "k", 1, "v", 1, &err) == -1);
    CHECK_ERR(&err, FERRITE_ERR_CLOSED, NULL);
    CHECK(ferrite_close(db, &err) == -1);
    CHECK_ERR(&err, FERRITE_ERR_CLOSED, NULL);
    ferrite_db_free(db);

    /* FULL sync: a child that writes and dies without closing loses nothing acknowledged */
    temp_path(path, sizeof path, "full");
    CHECK(ferrite_config_init(&config, &err) == 0);
    config.path = path;
    config.sync_mode = FERRITE_SYNC_FULL;
    pid = fork_child(&fd);
    if (pid == 0) {
        ferrite_db* child = ferrite_open_with_config(&config, NULL);
        char key[32];
        if (child == NULL) child_report(fd, 1);
        for (i = 0; i < 50; i++) {
            snprintf(key, sizeof key, "full:%d", i);
            if (ferrite_set(child, key, strlen(key), key, strlen(key), NULL) != 0) {
                child_report(fd, 2);
            }
        }
        child_report(fd, 0); /* no close: killed */
    }
    CHECK(child_result(pid, fd) == 0);
    db = ferrite_open_with_config(&config, &err);
    if (!CHECK(db != NULL)) {
        CHECK_OK(&err);
        return;
    }
    for (i = 0; i < 50; i++) {
        char key[32];
        snprintf(key, sizeof key, "full:%d", i);
        if (!get_is(db, key, key)) missing++;
    }
    CHECK(missing == 0);
    CHECK(ferrite_set(db, "after", 5, "1", 1, &err) == 0);
    CHECK(ferrite_sync(db, &err) == 0);
    CHECK(ferrite_snapshot(db, &err) == 0);
    CHECK_OK(&err);
    close_free(db);
    db = ferrite_open_with_config(&config, &err);
    CHECK(db != NULL && get_is(db, "after", "1") && get_is(db, "full:49", "full:49"));
    CHECK_OK(&err);
    if (db != NULL) close_free(db);
}

/* ------------------------------------------------------------------ fork */

static void test_fork(void) {
    ferrite_error* err = NULL;
    ferrite_db* db;
    char path[512];
    pid_t pid;
    int fd = -1;

    temp_path(path, sizeof path, "fork");
    db = ferrite_open(path, &err);
    if (!CHECK(db != NULL)) {
        CHECK_OK(&err);
        return;
    }
    CHECK(ferrite_set(db, "before", 6, "1", 1, &err) == 0);
    CHECK_OK(&err);
    pid = fork_child(&fd);
    if (pid == 0) {
        /* The child: the inherited handle fails with MISUSE; freeing it leaves the parent's
           files alone. */
        ferrite_error* e = NULL;
        int code = 0;
        if (ferrite_get(db, "before", 6, NULL, &e) != NULL) code |= 1;
        if (ferrite_error_code(e) != FERRITE_ERR_MISUSE) code |= 2;
        ferrite_error_free(e);
        e = NULL;
        if (ferrite_set(db, "child", 5, "x", 1, &e) != -1) code |= 4;
        if (ferrite_error_code(e) != FERRITE_ERR_MISUSE) code |= 8;
        ferrite_error_free(e);
        e = NULL;
        if (ferrite_close(db, &e) != -1 || ferrite_error_code(e) != FERRITE_ERR_MISUSE) code |= 16;
        ferrite_error_free(e);
        ferrite_db_free(db);
        child_report(fd, code);
    }
    CHECK(child_result(pid, fd) == 0);
    /* The parent goes on: its data and lock are intact. */
    CHECK(get_is(db, "before", "1"));
    CHECK(ferrite_key_type(db, "child", 5, &err) == FERRITE_TYPE_NONE);
    CHECK(ferrite_set(db, "after", 5, "2", 1, &err) == 0);
    CHECK_OK(&err);
    CHECK(ferrite_open(path, &err) == NULL);
    CHECK_ERR(&err, FERRITE_ERR_LOCKED, NULL);
    close_free(db);
    db = ferrite_open(path, &err);
    CHECK(db != NULL && get_is(db, "before", "1") && get_is(db, "after", "2"));
    CHECK_OK(&err);
    if (db != NULL) close_free(db);
}

/* ------------------------------------------------------------------ threads */

enum { THREADS = 4, INCRS = 2000 };

static void* incr_thread(void* arg) {
    ferrite_db* db = (ferrite_db*)arg;
    ferrite_error* err = NULL;
    size_t i, failed = 0;
    for (i = 0; i < INCRS; i++) {
        if (ferrite_incr(db, "counter", 7, &err) <= 0) failed++;
        if (err != NULL) {
            ferrite_error_free(err);
            err = NULL;
        }
    }
    return (void*)failed;
}

static void test_threads(void) {
    ferrite_error* err = NULL;
    ferrite_db* db = open_memory();
    pthread_t threads[THREADS];
    size_t i, failed = 0;
    char* s;
    for (i = 0; i < THREADS; i++) {
        CHECK(pthread_create(&threads[i], NULL, incr_thread, db) == 0);
    }
    for (i = 0; i < THREADS; i++) {
        void* res = NULL;
        CHECK(pthread_join(threads[i], &res) == 0);
        failed += (size_t)res;
    }
    CHECK(failed == 0);
    s = ferrite_get(db, "counter", 7, NULL, &err);
    CHECK(s != NULL && strtoll(s, NULL, 10) == (long long)THREADS * INCRS);
    ferrite_free(s);
    CHECK_OK(&err);
    close_free(db);
}

/* ------------------------------------------------------------------ stats */

static void test_stats(void) {
    ferrite_error* err = NULL;
    ferrite_config config;
    ferrite_stats st, st2;
    ferrite_db* db;
    ferrite_db* one;
    char path[512];

    db = open_memory();
    CHECK(ferrite_stats_get(db, &st, &err) == 0);
    CHECK(st.keys == 0 && st.keys_selected == 0 && st.wal_bytes == 0 && st.snapshots == 0);
    CHECK(ferrite_set(db, "a", 1, "1", 1, &err) == 0);
    CHECK(ferrite_set(db, "b", 1, "2", 1, &err) == 0);
    one = ferrite_with_db(db, 1, &err);
    CHECK(one != NULL && ferrite_set(one, "c", 1, "3", 1, &err) == 0);
    CHECK(ferrite_stats_get(db, &st2, &err) == 0);
    CHECK(st2.keys == 3 && st2.keys_selected == 2 && st2.memory_used > st.memory_used);
    CHECK(st2.commands_processed >= st.commands_processed + 3);
    CHECK(ferrite_stats_get(one, &st2, &err) == 0);
    CHECK(st2.keys == 3 && st2.keys_selected == 1);
    CHECK_OK(&err);
    ferrite_db_free(one);
    close_free(db);

    /* on disk: the log grows, a snapshot is counted, the configured limit is reported */
    temp_path(path, sizeof path, "stats");
    CHECK(ferrite_config_init(&config, &err) == 0);
    config.path = path;
    config.memory_limit = 1 << 20;
    db = ferrite_open_with_config(&config, &err);
    if (!CHECK(db != NULL)) {
        CHECK_OK(&err);
        return;
    }
    CHECK(ferrite_set(db, "k", 1, "v", 1, &err) == 0);
    CHECK(ferrite_sync(db, &err) == 0);
    CHECK(ferrite_stats_get(db, &st, &err) == 0);
    CHECK(st.memory_limit == 1 << 20 && st.wal_bytes > 0 && st.last_sync_unix_ms > 0);
    CHECK(ferrite_snapshot(db, &err) == 0);
    CHECK(ferrite_stats_get(db, &st2, &err) == 0);
    CHECK(st2.snapshots == st.snapshots + 1 && st2.snapshot_bytes > 0);
    CHECK_OK(&err);
    close_free(db);
}

/* ------------------------------------------------------------------ the rest */

static void test_config_and_version(void) {
    ferrite_error* err = NULL;
    ferrite_config config;
    CHECK(ferrite_version()[0] >= '0' && ferrite_version()[0] <= '9');
    CHECK(ferrite_model_hash() == FERRITE_MODEL_HASH);
    memset(&config, 0xab, sizeof config);
    CHECK(ferrite_config_init(&config, &err) == 0);
    CHECK_OK(&err);
    CHECK(config.path == NULL && config.num_databases >= 1 && config.wal_enabled &&
          (config.sync_mode == FERRITE_SYNC_NONE || config.sync_mode == FERRITE_SYNC_NORMAL ||
           config.sync_mode == FERRITE_SYNC_FULL));
}

int main(void) {
    make_temp_root();
    test_config_and_version();
    test_scalars();
    test_lists();
    test_replies();
    test_binary();
    test_errors();
    test_options();
    test_transactions();
    test_iterator();
    test_persistence();
    test_fork();
    test_threads();
    test_stats();
    remove_temp_root();
    printf("suite: %zu checks, %zu failed\n", checks, failures);
    return failures > 0 || checks == 0 ? 1 : 0;
}
