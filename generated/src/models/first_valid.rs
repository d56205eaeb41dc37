//! `FirstValid`, from `v3/schemas/transforms/FirstValid.yaml`.

use crate::models::RequiresPeriodicRefresh;

/// `FirstValid` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FirstValid {
    /// An array of attributes to evaluate for existence.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub values: Vec<serde_json::Map<String, serde_json::Value>>,
    /// a true or false value representing to move on to the next option if an error (like an Null Pointer Exception) were to occur.
    #[serde(
        rename = "ignoreErrors",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub ignore_errors: Option<bool>,
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_periodic_refresh: Option<RequiresPeriodicRefresh>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FirstValid {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(values: Vec<serde_json::Map<String, serde_json::Value>>) -> Self {
        FirstValid {
            values,
            ignore_errors: None,
            requires_periodic_refresh: None,
            additional_properties: Default::default(),
        }
    }
}
