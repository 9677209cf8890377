/*
 * FFI misuse (RELIABILITY.md R10): every exported function of ferrite.h, called wrongly, returns
 * its documented failure value with an error of the right code and never crashes:
 * - every generated command function (generated/c/misuse.c) of both receivers with a NULL handle
 *   (MISUSE), after ferrite_test_fail_next on a valid handle (INTERNAL: the injected panic is
 *   caught), on a closed handle (CLOSED), on a transaction handle kept after its callback
 *   (MISUSE), and on a handle inherited by a fork()ed child (MISUSE);
 * - every hand-written function (open, close, execute, transactions, iterators, stats, ...) below.
 * Then the set of functions declared in ferrite.h (listed one per line in the file argv[1], which
 * `cargo xtask c-test` writes from the header) must equal the set checked here, so a new
 * exported function without a misuse check fails the test.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ferrite.h"

static size_t checks = 0;
static size_t failures = 0;

/* ------------------------------------------------------------------ coverage */

#define MAX_NAMES 1024
static char* covered[MAX_NAMES];
static size_t covered_count = 0;

static bool in_list(char* const* list, size_t count, const char* name) {
    size_t i;
    for (i = 0; i < count; i++) {
        if (strcmp(list[i], name) == 0) return true;
    }
    return false;
}

static char* copy_string(const char* s) {
    size_t len = strlen(s);
    char* out = (char*)malloc(len + 1);
    if (out == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    memcpy(out, s, len + 1);
    return out;
}

/* Records that `name` was checked. */
static void cover(const char* name) {
    if (in_list(covered, covered_count, name)) return;
    if (covered_count == MAX_NAMES) {
        fprintf(stderr, "too many functions\n");
        exit(2);
    }
    covered[covered_count++] = copy_string(name);
}

/* A call whose only outcome is returning: reaching this line is the check (a crash, or a
   memory error under valgrind, fails the run). Records the coverage. */
static void survived(const char* function) {
    checks++;
    cover(function);
}

static void fail(const char* function, const char* what) {
    failures++;
    printf("FAIL %s: %s\n", function, what);
}

/* One check: `ok` must hold. */
static void expect_true(const char* function, bool ok, const char* what) {
    checks++;
    cover(function);
    if (!ok) fail(function, what);
}

/* The call failed (returned its documented failure value) with an error of code `want` in *err.
   Clears the failpoint and frees the error. */
static void misuse_expect(const char* function, bool failed, ferrite_error** err,
                          ferrite_errcode want) {
    char what[512];
    ferrite_errcode got = ferrite_error_code(*err);
    const char* message = ferrite_error_message(*err);
    checks++;
    cover(function);
    if (!failed) {
        snprintf(what, sizeof what, "did not return its failure value (error: %d %s)", (int)got,
                 message);
        fail(function, what);
    } else if (*err == NULL) {
        fail(function, "returned its failure value but stored no error");
    } else if (got != want) {
        snprintf(what, sizeof what, "error code %d (%s), expected %d", (int)got, message,
                 (int)want);
        fail(function, what);
    } else if (message[0] == '\0') {
        fail(function, "empty error message");
    } else if (want == FERRITE_ERR_INTERNAL) {
        char needle[256];
        snprintf(needle, sizeof needle, "panicked in %s:", function);
        if (strstr(message, needle) == NULL) {
            snprintf(what, sizeof what, "INTERNAL message does not name the function: %s",
                     message);
            fail(function, what);
        }
    }
    ferrite_test_fail_next(NULL);
    ferrite_error_free(*err);
    *err = NULL;
}

#include "misuse.c"

/* ------------------------------------------------------------------ helpers */

static ferrite_db* open_memory(void) {
    ferrite_error* err = NULL;
    ferrite_db* db = ferrite_open_memory(&err);
    if (db == NULL) {
        printf("ferrite_open_memory: %s\n", ferrite_error_message(err));
        exit(1);
    }
    return db;
}

static ferrite_reply* run2(ferrite_db* db, const char* a, const char* b, ferrite_error** err) {
    ferrite_bytes argv[2];
    argv[0].ptr = a;
    argv[0].len = strlen(a);
    argv[1].ptr = b;
    argv[1].len = strlen(b);
    return ferrite_execute(db, argv, 2, err);
}

static bool set_value(ferrite_db* db, const char* key, const char* value) {
    ferrite_bytes argv[3];
    ferrite_reply* r;
    bool ok;
    argv[0].ptr = "SET";
    argv[0].len = 3;
    argv[1].ptr = key;
    argv[1].len = strlen(key);
    argv[2].ptr = value;
    argv[2].len = strlen(value);
    r = ferrite_execute(db, argv, 3, NULL);
    ok = r != NULL && r->type == FERRITE_REPLY_STATUS;
    ferrite_free(r);
    return ok;
}

/* Whether GET key replies `value` (NULL: nil). */
static bool has_value(ferrite_db* db, const char* key, const char* value) {
    ferrite_reply* r = run2(db, "GET", key, NULL);
    bool ok;
    if (r == NULL) return false;
    if (value == NULL) {
        ok = r->type == FERRITE_REPLY_NIL;
    } else {
        ok = r->type == FERRITE_REPLY_BULK && r->len == strlen(value) &&
             memcmp(r->str, value, r->len) == 0;
    }
    ferrite_free(r);
    return ok;
}

/* ------------------------------------------------------------------ transactions */

static ferrite_tx* kept_tx = NULL;

static int tx_failpoints(ferrite_tx* tx, void* user) {
    ferrite_error* err = NULL;
    ferrite_bytes argv[3];
    ferrite_reply* r;
    (void)user;
    kept_tx = tx;
    /* Every transaction function with an injected panic: each is caught, the transaction goes
       on and commits. */
    misuse_tx_functions(tx, FERRITE_ERR_INTERNAL, true);
    ferrite_test_fail_next("ferrite_tx_execute");
    misuse_expect("ferrite_tx_execute", ferrite_tx_execute(tx, NULL, 0, &err) == NULL, &err,
                  FERRITE_ERR_INTERNAL);
    misuse_expect("ferrite_tx_execute", ferrite_tx_execute(tx, NULL, 2, &err) == NULL, &err,
                  FERRITE_ERR_INVALID);
    argv[0].ptr = "SET";
    argv[0].len = 3;
    argv[1].ptr = "after-panics";
    argv[1].len = 12;
    argv[2].ptr = "1";
    argv[2].len = 1;
    r = ferrite_tx_execute(tx, argv, 3, &err);
    expect_true("ferrite_tx_execute", r != NULL && err == NULL,
                "a transaction goes on after caught panics");
    ferrite_free(r);
    ferrite_error_free(err);
    return 0;
}

static int tx_nothing(ferrite_tx* tx, void* user) {
    (void)tx;
    (void)user;
    return 0;
}

/* ------------------------------------------------------------------ the hand-written functions */

static void hand_written(void) {
    ferrite_error* err = NULL;
    ferrite_config config;
    ferrite_stats stats;
    ferrite_bytes key;
    ferrite_db* db;
    ferrite_db* closed;
    ferrite_db* other;
    ferrite_iter* it;
    int rc;

    /* Errors, results, version. */
    expect_true("ferrite_error_message", strcmp(ferrite_error_message(NULL), "") == 0,
                "NULL error has message \"\"");
    expect_true("ferrite_error_code", ferrite_error_code(NULL) == FERRITE_OK,
                "NULL error has code FERRITE_OK");
    ferrite_error_free(NULL);
    survived("ferrite_error_free"); /* NULL is ignored */
    ferrite_free(NULL);
    survived("ferrite_free"); /* NULL is ignored */
    expect_true("ferrite_version",
                ferrite_version() != NULL && ferrite_version()[0] >= '0' &&
                    ferrite_version()[0] <= '9',
                "a version number");
    expect_true("ferrite_model_hash", ferrite_model_hash() == FERRITE_MODEL_HASH,
                "the library and the header come from the same commands.yaml");
    /* The failpoint: "*" hits the next guarded call, NULL clears it. */
    ferrite_test_fail_next("*");
    misuse_expect("ferrite_open_memory", ferrite_open_memory(&err) == NULL, &err,
                  FERRITE_ERR_INTERNAL);
    ferrite_test_fail_next("ferrite_open_memory");
    ferrite_test_fail_next(NULL);
    db = ferrite_open_memory(&err);
    cover("ferrite_test_fail_next");
    expect_true("ferrite_test_fail_next", db != NULL && err == NULL, "NULL clears the failpoint");
    ferrite_db_free(db);

    /* Configuration and opening. */
    misuse_expect("ferrite_config_init", ferrite_config_init(NULL, &err) == -1, &err,
                  FERRITE_ERR_INVALID);
    ferrite_test_fail_next("ferrite_config_init");
    misuse_expect("ferrite_config_init", ferrite_config_init(&config, &err) == -1, &err,
                  FERRITE_ERR_INTERNAL);
    misuse_expect("ferrite_open", ferrite_open(NULL, &err) == NULL, &err, FERRITE_ERR_INVALID);
    misuse_expect("ferrite_open", ferrite_open("\xff\xfe-not-utf8", &err) == NULL, &err,
                  FERRITE_ERR_INVALID);
    ferrite_test_fail_next("ferrite_open");
    misuse_expect("ferrite_open", ferrite_open("/nonexistent/ferrite-misuse", &err) == NULL, &err,
                  FERRITE_ERR_INTERNAL);
    misuse_expect("ferrite_open_with_config", ferrite_open_with_config(NULL, &err) == NULL, &err,
                  FERRITE_ERR_INVALID);
    rc = ferrite_config_init(&config, &err);
    expect_true("ferrite_config_init", rc == 0 && err == NULL, "defaults");
    config.sync_mode = (ferrite_sync_mode)7;
    misuse_expect("ferrite_open_with_config", ferrite_open_with_config(&config, &err) == NULL,
                  &err, FERRITE_ERR_INVALID);
    config.sync_mode = FERRITE_SYNC_NORMAL;
    config.num_databases = 1000;
    misuse_expect("ferrite_open_with_config", ferrite_open_with_config(&config, &err) == NULL,
                  &err, FERRITE_ERR_INVALID);
    config.num_databases = 16;
    ferrite_test_fail_next("ferrite_open_with_config");
    misuse_expect("ferrite_open_with_config", ferrite_open_with_config(&config, &err) == NULL,
                  &err, FERRITE_ERR_INTERNAL);
    ferrite_test_fail_next("ferrite_open_memory");
    misuse_expect("ferrite_open_memory", ferrite_open_memory(&err) == NULL, &err,
                  FERRITE_ERR_INTERNAL);

    /* A NULL handle. */
    misuse_expect("ferrite_with_db", ferrite_with_db(NULL, 0, &err) == NULL, &err,
                  FERRITE_ERR_MISUSE);
    misuse_expect("ferrite_close", ferrite_close(NULL, &err) == -1, &err, FERRITE_ERR_MISUSE);
    ferrite_db_free(NULL);
    survived("ferrite_db_free"); /* NULL is ignored */
    misuse_expect("ferrite_sync", ferrite_sync(NULL, &err) == -1, &err, FERRITE_ERR_MISUSE);
    misuse_expect("ferrite_snapshot", ferrite_snapshot(NULL, &err) == -1, &err,
                  FERRITE_ERR_MISUSE);
    misuse_expect("ferrite_stats_get", ferrite_stats_get(NULL, &stats, &err) == -1, &err,
                  FERRITE_ERR_MISUSE);
    misuse_expect("ferrite_execute", ferrite_execute(NULL, NULL, 0, &err) == NULL, &err,
                  FERRITE_ERR_MISUSE);
    misuse_expect("ferrite_tx_execute", ferrite_tx_execute(NULL, NULL, 0, &err) == NULL, &err,
                  FERRITE_ERR_MISUSE);
    misuse_expect("ferrite_transaction", ferrite_transaction(NULL, tx_nothing, NULL, &err) == -1,
                  &err, FERRITE_ERR_MISUSE);
    misuse_expect("ferrite_scan_iter", ferrite_scan_iter(NULL, NULL, 0, &err) == NULL, &err,
                  FERRITE_ERR_MISUSE);
    misuse_expect("ferrite_iter_next", ferrite_iter_next(NULL, &key, &err) == -1, &err,
                  FERRITE_ERR_MISUSE);
    ferrite_iter_free(NULL);
    survived("ferrite_iter_free"); /* NULL is ignored */

    /* Bad arguments on a valid handle. */
    db = open_memory();
    misuse_expect("ferrite_stats_get", ferrite_stats_get(db, NULL, &err) == -1, &err,
                  FERRITE_ERR_INVALID);
    misuse_expect("ferrite_execute", ferrite_execute(db, NULL, 1, &err) == NULL, &err,
                  FERRITE_ERR_INVALID);
    key.ptr = NULL;
    key.len = 3;
    misuse_expect("ferrite_execute", ferrite_execute(db, &key, 1, &err) == NULL, &err,
                  FERRITE_ERR_INVALID);
    misuse_expect("ferrite_execute", ferrite_execute(db, NULL, 0, &err) == NULL, &err,
                  FERRITE_ERR_GENERIC);
    misuse_expect("ferrite_transaction", ferrite_transaction(db, NULL, NULL, &err) == -1, &err,
                  FERRITE_ERR_INVALID);
    misuse_expect("ferrite_scan_iter", ferrite_scan_iter(db, NULL, 1, &err) == NULL, &err,
                  FERRITE_ERR_INVALID);
    misuse_expect("ferrite_with_db", ferrite_with_db(db, 1000, &err) == NULL, &err,
                  FERRITE_ERR_GENERIC);

    /* An injected panic in each hand-written function of a valid handle. */
    ferrite_test_fail_next("ferrite_with_db");
    misuse_expect("ferrite_with_db", ferrite_with_db(db, 0, &err) == NULL, &err,
                  FERRITE_ERR_INTERNAL);
    ferrite_test_fail_next("ferrite_sync");
    misuse_expect("ferrite_sync", ferrite_sync(db, &err) == -1, &err, FERRITE_ERR_INTERNAL);
    ferrite_test_fail_next("ferrite_snapshot");
    misuse_expect("ferrite_snapshot", ferrite_snapshot(db, &err) == -1, &err,
                  FERRITE_ERR_INTERNAL);
    ferrite_test_fail_next("ferrite_stats_get");
    misuse_expect("ferrite_stats_get", ferrite_stats_get(db, &stats, &err) == -1, &err,
                  FERRITE_ERR_INTERNAL);
    ferrite_test_fail_next("ferrite_execute");
    misuse_expect("ferrite_execute", run2(db, "GET", "k", &err) == NULL, &err,
                  FERRITE_ERR_INTERNAL);
    ferrite_test_fail_next("ferrite_transaction");
    misuse_expect("ferrite_transaction", ferrite_transaction(db, tx_nothing, NULL, &err) == -1,
                  &err, FERRITE_ERR_INTERNAL);
    ferrite_test_fail_next("ferrite_scan_iter");
    misuse_expect("ferrite_scan_iter", ferrite_scan_iter(db, NULL, 0, &err) == NULL, &err,
                  FERRITE_ERR_INTERNAL);
    it = ferrite_scan_iter(db, NULL, 0, &err);
    ferrite_test_fail_next("ferrite_iter_next");
    misuse_expect("ferrite_iter_next", ferrite_iter_next(it, &key, &err) == -1, &err,
                  FERRITE_ERR_INTERNAL);
    expect_true("ferrite_iter_next", ferrite_iter_next(it, &key, NULL) == 0,
                "an empty database's iterator ends after a caught panic");
    ferrite_iter_free(it);
    ferrite_test_fail_next("ferrite_close");
    misuse_expect("ferrite_close", ferrite_close(db, &err) == -1, &err, FERRITE_ERR_INTERNAL);
    expect_true("ferrite_close", set_value(db, "still", "open"),
                "a close that panicked leaves the handle open");
    /* A panic in ferrite_db_free leaves the handle allocated and open: freeing it again works. */
    ferrite_test_fail_next("ferrite_db_free");
    ferrite_db_free(db);
    expect_true("ferrite_db_free", has_value(db, "still", "open"),
                "a free that panicked leaves the handle usable");
    ferrite_db_free(db);

    /* Every generated command function, and the hand-written ones, on a closed handle. */
    closed = open_memory();
    other = ferrite_with_db(closed, 0, &err);
    expect_true("ferrite_with_db", other != NULL && err == NULL, "a second handle");
    expect_true("ferrite_with_db", set_value(closed, "shared", "yes"), "SET on the first handle");
    it = ferrite_scan_iter(closed, NULL, 0, &err);
    expect_true("ferrite_scan_iter", it != NULL && err == NULL, "an iterator");
    rc = ferrite_close(closed, &err);
    expect_true("ferrite_close", rc == 0 && err == NULL, "close");
    misuse_db_functions(closed, FERRITE_ERR_CLOSED, false);
    misuse_expect("ferrite_close", ferrite_close(closed, &err) == -1, &err, FERRITE_ERR_CLOSED);
    misuse_expect("ferrite_with_db", ferrite_with_db(closed, 0, &err) == NULL, &err,
                  FERRITE_ERR_CLOSED);
    misuse_expect("ferrite_sync", ferrite_sync(closed, &err) == -1, &err, FERRITE_ERR_CLOSED);
    misuse_expect("ferrite_snapshot", ferrite_snapshot(closed, &err) == -1, &err,
                  FERRITE_ERR_CLOSED);
    misuse_expect("ferrite_stats_get", ferrite_stats_get(closed, &stats, &err) == -1, &err,
                  FERRITE_ERR_CLOSED);
    misuse_expect("ferrite_execute", ferrite_execute(closed, NULL, 0, &err) == NULL, &err,
                  FERRITE_ERR_CLOSED);
    misuse_expect("ferrite_transaction",
                  ferrite_transaction(closed, tx_nothing, NULL, &err) == -1, &err,
                  FERRITE_ERR_CLOSED);
    misuse_expect("ferrite_scan_iter", ferrite_scan_iter(closed, NULL, 0, &err) == NULL, &err,
                  FERRITE_ERR_CLOSED);
    misuse_expect("ferrite_iter_next", ferrite_iter_next(it, &key, &err) == -1, &err,
                  FERRITE_ERR_CLOSED);
    ferrite_iter_free(it);
    /* A second handle stays open until closed itself (the database closes with the last). */
    expect_true("ferrite_with_db", has_value(other, "shared", "yes"),
                "a second handle outlives the first one's close");
    rc = ferrite_close(other, &err);
    expect_true("ferrite_close", rc == 0 && err == NULL, "close the second handle");
    misuse_expect("ferrite_execute", run2(other, "GET", "k", &err) == NULL, &err,
                  FERRITE_ERR_CLOSED);
    ferrite_db_free(other);
    ferrite_db_free(closed);
}

/* ------------------------------------------------------------------ fork */

/* A child process uses the parent's handle: every function fails with MISUSE, and freeing it
   does not disturb the parent. */
static void forked_child(void) {
    ferrite_db* db = open_memory();
    pid_t pid;
    int status = 0;
    expect_true("ferrite_execute", set_value(db, "parent", "data"), "SET before fork");
    fflush(stdout);
    pid = fork();
    if (pid < 0) {
        fail("fork", "fork failed");
        ferrite_db_free(db);
        return;
    }
    if (pid == 0) {
        ferrite_error* err = NULL;
        size_t before = failures;
        misuse_db_functions(db, FERRITE_ERR_MISUSE, false);
        misuse_expect("ferrite_execute", ferrite_execute(db, NULL, 0, &err) == NULL, &err,
                      FERRITE_ERR_MISUSE);
        misuse_expect("ferrite_close", ferrite_close(db, &err) == -1, &err, FERRITE_ERR_MISUSE);
        ferrite_db_free(db);
        fflush(stdout);
        _exit(failures == before ? 0 : 1);
    }
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fail("fork", "the child's misuse checks failed");
    }
    expect_true("ferrite_db_free", has_value(db, "parent", "data"),
                "the parent's data survives the child's free");
    ferrite_db_free(db);
}

/* ------------------------------------------------------------------ coverage */

/* The function names listed one per line in the file at `path`. */
static size_t declared_functions(const char* path, char** names, size_t max) {
    FILE* f = fopen(path, "r");
    char line[256];
    size_t count = 0;
    if (f == NULL) {
        printf("cannot open %s\n", path);
        exit(1);
    }
    while (fgets(line, sizeof line, f) != NULL) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '\0' || in_list(names, count, line)) continue;
        if (count == max) {
            printf("too many declarations\n");
            exit(1);
        }
        names[count++] = copy_string(line);
    }
    fclose(f);
    return count;
}

static void compare_with_header(const char* path) {
    static char* declared[MAX_NAMES];
    size_t count = declared_functions(path, declared, MAX_NAMES), i;
    size_t missing = 0;
    for (i = 0; i < count; i++) {
        if (!in_list(covered, covered_count, declared[i])) {
            printf("FAIL coverage: %s is declared in ferrite.h but has no misuse check\n",
                   declared[i]);
            missing++;
        }
    }
    for (i = 0; i < covered_count; i++) {
        if (!in_list(declared, count, covered[i]) && strncmp(covered[i], "ferrite_", 8) == 0) {
            printf("FAIL coverage: %s is checked but not declared in ferrite.h\n", covered[i]);
            missing++;
        }
    }
    if (count < 100) {
        printf("FAIL coverage: only %zu declarations found in %s\n", count, path);
        missing++;
    }
    failures += missing;
    printf("coverage: %zu functions declared in ferrite.h, %zu checked\n", count, covered_count);
    for (i = 0; i < count; i++) free(declared[i]);
}

int main(int argc, char** argv) {
    ferrite_error* err = NULL;
    ferrite_db* db;
    size_t i;
    int rc;
    if (argc != 2) {
        fprintf(stderr, "usage: %s path/to/declared.txt (the functions ferrite.h declares)\n", argv[0]);
        return 2;
    }

    /* Generated: NULL handles. */
    misuse_db_functions(NULL, FERRITE_ERR_MISUSE, false);
    misuse_tx_functions(NULL, FERRITE_ERR_MISUSE, false);

    /* Generated: an injected panic in every function of a valid handle. */
    db = open_memory();
    misuse_db_functions(db, FERRITE_ERR_INTERNAL, true);
    expect_true("ferrite_execute", set_value(db, "k", "v") && has_value(db, "k", "v"),
                "the handle works after every function panicked once");
    rc = ferrite_transaction(db, tx_failpoints, NULL, &err);
    expect_true("ferrite_transaction", rc == 0 && err == NULL,
                "a transaction commits after its functions panicked");
    ferrite_error_free(err);
    err = NULL;
    expect_true("ferrite_transaction", has_value(db, "after-panics", "1"),
                "the transaction's write is visible");
    /* Generated: a transaction handle kept after its callback. */
    misuse_tx_functions(kept_tx, FERRITE_ERR_MISUSE, false);
    misuse_expect("ferrite_tx_execute", ferrite_tx_execute(kept_tx, NULL, 0, &err) == NULL, &err,
                  FERRITE_ERR_MISUSE);
    ferrite_db_free(db);

    hand_written();
    forked_child();

    printf("misuse: %zu generated db functions, %zu generated tx functions\n",
           misuse_db_function_count, misuse_tx_function_count);
    compare_with_header(argv[1]);
    printf("misuse: %zu checks, %zu failed\n", checks, failures);
    for (i = 0; i < covered_count; i++) free(covered[i]);
    return failures > 0 ? 1 : 0;
}
