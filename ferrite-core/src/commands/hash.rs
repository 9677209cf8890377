//! Handlers for the hash commands.

#[allow(unused_imports)]
use crate::{Ctx, Error, Result, Value};
