//! `Enums`, from `openapi.yaml#/components/schemas/Enums`.

use crate::models::{EnumsDirection, Locale, MaybeColor, StepName, TaskStatus};

/// Holder of enum fields.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Enums {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<Locale>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<StepName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maybe: Option<MaybeColor>,
    /// An inline enum inside a property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<EnumsDirection>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Enums {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Enums {
            status: None,
            locale: None,
            step: None,
            maybe: None,
            direction: None,
            additional_properties: Default::default(),
        }
    }
}
