//! Handlers for the zset commands.

#[allow(unused_imports)]
use crate::{Ctx, Error, Result, Value};
