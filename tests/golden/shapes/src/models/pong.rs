//! `Pong`, from `openapi.yaml#/components/schemas/Pong`.

use crate::models::Ping;

/// References Ping, which references Pong.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pong {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ping: Option<Box<Ping>>,
}

impl Pong {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Pong { ping: None }
    }
}
