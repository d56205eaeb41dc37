//! `ScheduleSelector`, from `v3/schemas/schedule/Selector.yaml`.

use crate::models::SelectorType;

/// `ScheduleSelector` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ScheduleSelector {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SelectorType>,
    /// The selected values.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub values: Vec<String>,
    /// The selected interval for RANGE selectors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ScheduleSelector {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: SelectorType, values: Vec<String>) -> Self {
        ScheduleSelector {
            r#type: Some(r#type),
            values,
            interval: None,
            additional_properties: Default::default(),
        }
    }
}
