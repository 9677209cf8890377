use ferrite_macros::command;

// The check is syntactic, so local stand-ins for the core types are enough.
pub struct Ctx;
pub struct Reply;
pub type Result<T> = std::result::Result<T, ()>;
pub enum SetCondition {
    Nx,
    Xx,
}
pub enum SetExpiration {
    Ex(i64),
}

#[command(GET)]
pub fn get(ctx: &Ctx, key: &[u8]) -> Result<Option<Vec<u8>>> {
    let _ = (ctx, key);
    Ok(None)
}

// Lifetimes and paths do not matter; the last path segment does.
#[command(SET)]
pub fn set<'a>(
    ctx: &'a Ctx,
    key: &'a [u8],
    value: &[u8],
    condition: Option<crate::SetCondition>,
    get: bool,
    expiration: Option<self::SetExpiration>,
) -> crate::Result<Reply> {
    let _ = (ctx, key, value, condition, get, expiration);
    Ok(Reply)
}

fn main() {}
