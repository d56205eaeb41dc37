//! `Pong`, from `openapi.yaml#/components/schemas/Pong`.

use crate::models::Ping;

/// References Ping, which references Pong.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Pong {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ping: Option<Box<Ping>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Pong {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Pong {
            ping: None,
            additional_properties: Default::default(),
        }
    }
}
