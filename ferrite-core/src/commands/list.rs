//! Handlers for the list commands.

#[allow(unused_imports)]
use crate::{Ctx, Error, Result, Value};
