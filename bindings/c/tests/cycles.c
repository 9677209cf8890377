/*
 * Resource cycles (RELIABILITY.md R10), meant to run under valgrind --leak-check=full: 10,000
 * in-memory open/close/free cycles, some hundreds of on-disk open/write/close/free cycles (each
 * reopen checks the previous cycle's write), and 100,000 set-or-get calls each releasing its
 * result with ferrite_free, plus their errors with ferrite_error_free. Any leak shows up as
 * memory definitely lost; any failed call fails the run.
 *
 * Usage: cycles [memory-cycles disk-cycles call-cycles]
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ferrite.h"

static size_t failures = 0;

static void fail(const char* what, long i, ferrite_error* err) {
    failures++;
    if (failures <= 20) {
        printf("FAIL %s (cycle %ld): %s\n", what, i, ferrite_error_message(err));
    }
}

static int remove_entry(const char* path, const struct stat* st, int flag, struct FTW* ftw) {
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void memory_cycles(long n) {
    long i;
    for (i = 0; i < n; i++) {
        ferrite_error* err = NULL;
        ferrite_db* db = ferrite_open_memory(&err);
        if (db == NULL) {
            fail("ferrite_open_memory", i, err);
            ferrite_error_free(err);
            continue;
        }
        /* every tenth cycle writes something, so that data is released too */
        if (i % 10 == 0 && ferrite_set(db, "k", 1, "v", 1, &err) != 0) fail("ferrite_set", i, err);
        ferrite_error_free(err);
        err = NULL;
        if (ferrite_close(db, &err) != 0) fail("ferrite_close", i, err);
        ferrite_error_free(err);
        ferrite_db_free(db);
    }
}

static void disk_cycles(long n) {
    const char* base = getenv("TMPDIR");
    char root[256], path[300];
    long i;
    snprintf(root, sizeof root, "%s/ferrite-c-cycles-XXXXXX",
             base != NULL && base[0] != '\0' ? base : "/tmp");
    if (mkdtemp(root) == NULL) {
        fail("mkdtemp", 0, NULL);
        return;
    }
    snprintf(path, sizeof path, "%s/db", root);
    for (i = 0; i < n; i++) {
        ferrite_error* err = NULL;
        ferrite_db* db = ferrite_open(path, &err);
        char value[32], expect[32];
        char* got;
        size_t len = 0;
        if (db == NULL) {
            fail("ferrite_open", i, err);
            ferrite_error_free(err);
            continue;
        }
        if (i > 0) {
            snprintf(expect, sizeof expect, "%ld", i - 1);
            got = ferrite_get(db, "last", 4, &len, &err);
            if (got == NULL || len != strlen(expect) || memcmp(got, expect, len) != 0) {
                fail("the previous cycle's write", i, err);
            }
            ferrite_free(got);
            ferrite_error_free(err);
            err = NULL;
        }
        snprintf(value, sizeof value, "%ld", i);
        if (ferrite_set(db, "last", 4, value, strlen(value), &err) != 0) fail("ferrite_set", i, err);
        ferrite_error_free(err);
        err = NULL;
        /* half the cycles close explicitly, the other half let ferrite_db_free close */
        if (i % 2 == 0) {
            if (ferrite_close(db, &err) != 0) fail("ferrite_close", i, err);
            ferrite_error_free(err);
        }
        ferrite_db_free(db);
    }
    nftw(root, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static void call_cycles(long n) {
    ferrite_error* err = NULL;
    ferrite_db* db = ferrite_open_memory(&err);
    long i;
    if (db == NULL) {
        fail("ferrite_open_memory", 0, err);
        ferrite_error_free(err);
        return;
    }
    if (ferrite_set(db, "text", 4, "abc", 3, &err) != 0) fail("ferrite_set", 0, err);
    for (i = 0; i < n; i++) {
        char key[32];
        size_t len = 0;
        snprintf(key, sizeof key, "key:%ld", i % 1000);
        switch (i % 4) {
        case 0:
            if (ferrite_set(db, key, strlen(key), key, strlen(key), &err) != 0) {
                fail("ferrite_set", i, err);
            }
            break;
        case 1: {
            char* got = ferrite_get(db, key, strlen(key), &len, &err);
            if (got == NULL && err != NULL) fail("ferrite_get", i, err);
            ferrite_free(got);
            break;
        }
        case 2: {
            ferrite_bytes keys[2];
            ferrite_list* l;
            keys[0].ptr = key;
            keys[0].len = strlen(key);
            keys[1].ptr = "missing";
            keys[1].len = 7;
            l = ferrite_mget(db, keys, 2, &err);
            if (l == NULL || l->len != 2) fail("ferrite_mget", i, err);
            ferrite_free(l);
            break;
        }
        default: {
            /* an error every time: "text" holds no integer */
            if (ferrite_incr(db, "text", 4, &err) != 0 || err == NULL) {
                fail("ferrite_incr error", i, err);
            }
            break;
        }
        }
        ferrite_error_free(err);
        err = NULL;
    }
    ferrite_db_free(db);
}

int main(int argc, char** argv) {
    long memory = argc > 1 ? atol(argv[1]) : 10000;
    long disk = argc > 2 ? atol(argv[2]) : 300;
    long calls = argc > 3 ? atol(argv[3]) : 100000;
    double t = now();
    memory_cycles(memory);
    printf("cycles: %ld in-memory open/close/free in %.1f s\n", memory, now() - t);
    t = now();
    disk_cycles(disk);
    printf("cycles: %ld on-disk open/write/close/free in %.1f s\n", disk, now() - t);
    t = now();
    call_cycles(calls);
    printf("cycles: %ld set/get/mget/error calls with ferrite_free in %.1f s\n", calls, now() - t);
    printf("cycles: %zu failed\n", failures);
    return failures > 0 ? 1 : 0;
}
