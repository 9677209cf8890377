//! Handlers for the keys commands.

#[allow(unused_imports)]
use crate::{Ctx, Error, Result, Value};
