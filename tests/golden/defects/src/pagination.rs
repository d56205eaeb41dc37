//! Lists that come a page at a time (`limit` and `offset`), read as one stream of items.

/// One page of a list, with the total the server counts when asked to (`.count(true)`), from
/// its `X-Total-Count` header.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: Option<u64>,
}
