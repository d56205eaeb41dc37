//! What an operation's `send` hands back, decided here once from its success responses: the
//! Rust renderer prints its type from this, the Markdown renderer describes it.

use super::operations::{BodyKind, Operation, ResponseContent};

/// Borrowed from the operation rather than stored on it: reconciling examples can still widen
/// a response's type after the operation is built.
#[derive(Debug, Clone, Copy)]
pub enum ResponseKind<'a> {
    /// No success status has a body.
    Empty,
    /// A file: the first success body, which is not JSON; any type it is offered in will do.
    Bytes(&'a ResponseContent),
    /// JSON: the first success body. `optional` when some success status carries no body (a
    /// 202 or 204 beside a 200).
    Json {
        content: &'a ResponseContent,
        optional: bool,
    },
}

impl Operation {
    pub fn response_kind(&self) -> ResponseKind<'_> {
        let successes = self.success_responses().count();
        let mut contents = self
            .success_responses()
            .filter_map(|r| r.preferred_content());
        let Some(first) = contents.next() else {
            return ResponseKind::Empty;
        };
        if first.kind != BodyKind::Json {
            return ResponseKind::Bytes(first);
        }
        ResponseKind::Json {
            content: first,
            optional: 1 + contents.count() < successes,
        }
    }
}
