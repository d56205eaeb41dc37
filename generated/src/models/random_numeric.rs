//! `RandomNumeric`, from `v3/schemas/transforms/RandomNumeric.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `RandomNumeric` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RandomNumeric {
    /// This is an integer value specifying the size/number of characters the random string must contain
    ///
    ///
    /// * This value must be a positive number and cannot be blank
    ///
    ///
    /// * If no length is provided, the transform will default to a value of `32`
    ///
    ///
    /// * Due to identity attribute data constraints, the maximum allowable value is `450` characters
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub length: Option<String>,
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_periodic_refresh: Option<RequiresPeriodicRefresh>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RandomNumeric {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RandomNumeric {
            length: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}
