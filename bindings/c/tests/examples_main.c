/*
 * Runs the examples of commands.yaml (generated/c/examples.c) through ferrite_execute, each on a
 * fresh in-memory database, with the semantics of bindings/rust/tests/examples.rs: every setup
 * command must succeed; the reply must equal the expected one (arrays compared as multisets,
 * recursively, when the example is unordered), or the error text must equal the expected text
 * exactly. Prints every failure with the example's name; exits 1 if any failed.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ferrite.h"
#include "examples.c"

static void print_bytes(const char* ptr, size_t len) {
    size_t i;
    putchar('"');
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)ptr[i];
        if (c == '"' || c == '\\') {
            printf("\\%c", c);
        } else if (c >= 0x20 && c < 0x7f) {
            putchar(c);
        } else {
            printf("\\x%02x", c);
        }
    }
    putchar('"');
}

static void print_argv(const ferrite_example_argv* a) {
    size_t i;
    putchar('[');
    for (i = 0; i < a->argc; i++) {
        if (i > 0) printf(", ");
        print_bytes(a->argv[i].ptr, a->argv[i].len);
    }
    putchar(']');
}

static void print_reply(const ferrite_reply* r) {
    size_t i;
    switch (r->type) {
    case FERRITE_REPLY_NIL: printf("nil"); break;
    case FERRITE_REPLY_STATUS: printf("status:"); print_bytes(r->str, r->len); break;
    case FERRITE_REPLY_INTEGER: printf("%lld", (long long)r->integer); break;
    case FERRITE_REPLY_BULK: print_bytes(r->str, r->len); break;
    case FERRITE_REPLY_ARRAY:
        putchar('[');
        for (i = 0; i < r->count; i++) {
            if (i > 0) printf(", ");
            print_reply(&r->elements[i]);
        }
        putchar(']');
        break;
    default: printf("<bad reply type %d>", (int)r->type); break;
    }
}

/* Whether a reply from the library is well formed: strings NUL-terminated, arrays present. */
static bool well_formed(const ferrite_reply* r) {
    size_t i;
    switch (r->type) {
    case FERRITE_REPLY_NIL: return r->str == NULL && r->count == 0;
    case FERRITE_REPLY_INTEGER: return r->str == NULL && r->count == 0;
    case FERRITE_REPLY_STATUS:
    case FERRITE_REPLY_BULK: return r->str != NULL && r->str[r->len] == '\0' && r->count == 0;
    case FERRITE_REPLY_ARRAY:
        if (r->count > 0 && r->elements == NULL) return false;
        for (i = 0; i < r->count; i++) {
            if (!well_formed(&r->elements[i])) return false;
        }
        return true;
    default: return false;
    }
}

static bool equal(const ferrite_reply* a, const ferrite_reply* b, bool unordered) {
    size_t i, j;
    if (a->type != b->type) return false;
    switch (a->type) {
    case FERRITE_REPLY_NIL: return true;
    case FERRITE_REPLY_INTEGER: return a->integer == b->integer;
    case FERRITE_REPLY_STATUS:
    case FERRITE_REPLY_BULK: return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
    case FERRITE_REPLY_ARRAY:
        if (a->count != b->count) return false;
        if (!unordered) {
            for (i = 0; i < a->count; i++) {
                if (!equal(&a->elements[i], &b->elements[i], false)) return false;
            }
            return true;
        } else {
            /* Multiset equality: match each element of a with an unused equal one of b (equality
               is an equivalence, so a greedy match finds one when one exists). */
            bool ok = true;
            bool* used = (bool*)calloc(b->count, sizeof(bool));
            if (used == NULL) {
                fprintf(stderr, "out of memory\n");
                exit(2);
            }
            for (i = 0; i < a->count && ok; i++) {
                bool found = false;
                for (j = 0; j < b->count; j++) {
                    if (!used[j] && equal(&a->elements[i], &b->elements[j], true)) {
                        used[j] = true;
                        found = true;
                        break;
                    }
                }
                ok = found;
            }
            free(used);
            return ok;
        }
    default: return false;
    }
}

/* The error code an error text's prefix names. */
static ferrite_errcode code_of_text(const char* text) {
    if (strncmp(text, "ERR ", 4) == 0) return FERRITE_ERR_GENERIC;
    if (strncmp(text, "WRONGTYPE ", 10) == 0) return FERRITE_ERR_WRONGTYPE;
    if (strncmp(text, "OOM ", 4) == 0) return FERRITE_ERR_OOM;
    return FERRITE_ERR_OTHER;
}

/* Runs one example; returns whether it passed (printing why not). */
static bool run(const ferrite_example* ex) {
    ferrite_error* err = NULL;
    ferrite_db* db = ferrite_open_memory(&err);
    ferrite_reply* got;
    bool passed = true;
    size_t i;
    if (db == NULL) {
        printf("FAIL %s: ferrite_open_memory: %s\n", ex->name, ferrite_error_message(err));
        ferrite_error_free(err);
        return false;
    }
    for (i = 0; i < ex->setup_count && passed; i++) {
        got = ferrite_execute(db, ex->setup[i].argv, ex->setup[i].argc, &err);
        if (got == NULL) {
            printf("FAIL %s: setup ", ex->name);
            print_argv(&ex->setup[i]);
            printf(" failed: %s\n", ferrite_error_message(err));
            ferrite_error_free(err);
            err = NULL;
            passed = false;
        }
        ferrite_free(got);
    }
    if (passed) {
        got = ferrite_execute(db, ex->argv.argv, ex->argv.argc, &err);
        if (ex->error != NULL) {
            const char* message = ferrite_error_message(err);
            if (got != NULL || err == NULL || strlen(message) != ex->error_len ||
                memcmp(message, ex->error, ex->error_len) != 0) {
                printf("FAIL %s: ", ex->name);
                print_argv(&ex->argv);
                printf("\n  expected error: ");
                print_bytes(ex->error, ex->error_len);
                printf("\n  got: ");
                if (got != NULL) {
                    print_reply(got);
                } else {
                    printf("error ");
                    print_bytes(message, strlen(message));
                }
                printf("\n");
                passed = false;
            } else if (ferrite_error_code(err) != code_of_text(ex->error)) {
                printf("FAIL %s: error %s has code %d, expected %d\n", ex->name, message,
                       (int)ferrite_error_code(err), (int)code_of_text(ex->error));
                passed = false;
            }
        } else if (got == NULL || !well_formed(got) || !equal(got, &ex->expect, ex->unordered)) {
            printf("FAIL %s: ", ex->name);
            print_argv(&ex->argv);
            printf("\n  expected: ");
            print_reply(&ex->expect);
            printf("%s\n  got: ", ex->unordered ? " (unordered)" : "");
            if (got != NULL) {
                print_reply(got);
                if (!well_formed(got)) printf(" (malformed)");
            } else {
                printf("error %s", ferrite_error_message(err));
            }
            printf("\n");
            passed = false;
        }
        ferrite_free(got);
        ferrite_error_free(err);
        err = NULL;
    }
    if (ferrite_close(db, &err) != 0) {
        printf("FAIL %s: ferrite_close: %s\n", ex->name, ferrite_error_message(err));
        ferrite_error_free(err);
        passed = false;
    }
    ferrite_db_free(db);
    return passed;
}

int main(int argc, char** argv) {
    size_t i, total = 0, failed = 0, skipped = 0;
    const char* only = argc > 1 ? argv[1] : NULL;
    for (i = 0; ferrite_examples[i].name != NULL; i++) {
        const ferrite_example* ex = &ferrite_examples[i];
        if (only != NULL && strcmp(only, ex->name) != 0) continue;
        if (ex->skip != NULL) {
            printf("skip %s: %s\n", ex->name, ex->skip);
            skipped++;
            continue;
        }
        total++;
        if (!run(ex)) failed++;
    }
    printf("examples: %zu run, %zu passed, %zu failed, %zu skipped\n", total, total - failed,
           failed, skipped);
    if (total == 0) {
        printf("no example ran\n");
        return 1;
    }
    return failed > 0 ? 1 : 0;
}
