//! Handlers for the set commands.

#[allow(unused_imports)]
use crate::{Ctx, Error, Result, Value};
