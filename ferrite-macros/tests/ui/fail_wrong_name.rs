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
pub fn fetch(ctx: &Ctx, key: &[u8]) -> Result<Option<Vec<u8>>> {
    let _ = (ctx, key);
    Ok(None)
}

fn main() {}
