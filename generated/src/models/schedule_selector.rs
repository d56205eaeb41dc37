//! `ScheduleSelector`, from `v3/schemas/schedule/Selector.yaml`.

use crate::models::SelectorType;

/// `ScheduleSelector` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScheduleSelector {
    pub r#type: SelectorType,
    /// The selected values.
    #[serde(default)]
    pub values: Vec<String>,
    /// The selected interval for RANGE selectors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i32>,
}

impl ScheduleSelector {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: SelectorType, values: Vec<String>) -> Self {
        ScheduleSelector {
            r#type,
            values,
            interval: None,
        }
    }
}
