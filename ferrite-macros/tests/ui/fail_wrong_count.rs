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

#[command(SET)]
pub fn set(ctx: &Ctx, key: &[u8], value: &[u8]) -> Result<Reply> {
    let _ = (ctx, key, value);
    Ok(Reply)
}

fn main() {}
