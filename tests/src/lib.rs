//! Shared helpers for the cross-crate tests.
//!
//! For the differential test against `redis-server` (`tests/compat.rs`): a RESP2 client
//! ([`resp`]), a private server per test run ([`redis_server`]), a seeded generator ([`rng`]),
//! boundary-biased argument pools ([`values`]) and the reply comparison rules ([`compare`]).

pub mod compare;
pub mod redis_server;
pub mod resp;
pub mod rng;
pub mod values;
