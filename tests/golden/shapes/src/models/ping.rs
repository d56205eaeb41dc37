//! `Ping`, from `openapi.yaml#/components/schemas/Ping`.

use crate::models::Pong;

/// References Pong, which references Ping.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Ping {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pong: Option<Box<Pong>>,
}

impl Ping {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Ping { pong: None }
    }
}
