//! PLACEHOLDER until the codec lands (replaced by the real codec).
#![allow(missing_docs)]
use crate::value::Value;
pub fn encode_entry(_out: &mut Vec<u8>, _db: usize, _key: &[u8], _expires_at: Option<i64>, _value: &Value) {}
pub struct DecodedEntry { pub db: usize, pub key: Vec<u8>, pub expires_at: Option<i64>, pub value: Value }
#[derive(Debug)]
pub struct CodecError { pub offset: usize, pub reason: &'static str }
pub fn decode_entry(_input: &[u8]) -> Result<(DecodedEntry, usize), CodecError> { Err(CodecError { offset: 0, reason: "placeholder" }) }
