//! `Lookup`, from `v3/schemas/transforms/Lookup.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `Lookup` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Lookup {
    /// This is a JSON object of key-value pairs. The key is the string that will attempt to be matched to the input, and the value is the output string that should be returned if the key is matched
    ///
    ///
    /// >**Note** the use of the optional default key value here; if none of the three countries in the above example match the input string, the transform will return "Unknown Region" for the attribute that is mapped to this transform.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub table: serde_json::Map<String, serde_json::Value>,
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

impl Lookup {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(table: serde_json::Map<String, serde_json::Value>) -> Self {
        Lookup {
            table,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}
