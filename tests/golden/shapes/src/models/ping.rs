//! `Ping`, from `openapi.yaml#/components/schemas/Ping`.

use crate::models::Pong;

/// References Pong, which references Ping.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Ping {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pong: Option<Box<Pong>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Ping {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Ping {
            pong: None,
            additional_properties: Default::default(),
        }
    }
}
