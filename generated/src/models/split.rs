//! `Split`, from `v3/schemas/transforms/Split.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `Split` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Split {
    /// This can be either a single character or a regex expression, and is used by the transform to identify the break point between two substrings in the incoming data
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub delimiter: String,
    /// An integer value for the desired array element after the incoming data has been split into a list; the array is a 0-based object, so the first array element would be index 0, the second element would be index 1, etc.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub index: String,
    /// A boolean (true/false) value which indicates whether an exception should be thrown and returned as an output when an index is out of bounds with the resultant array (i.e., the provided index value is larger than the size of the array)
    ///
    ///
    /// `true` - The transform should return "IndexOutOfBoundsException"
    ///
    ///
    /// `false` - The transform should return null
    ///
    ///
    /// If not provided, the transform will default to false and return a null
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub throws: Option<bool>,
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

impl Split {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(delimiter: impl Into<String>, index: impl Into<String>) -> Self {
        Split {
            delimiter: delimiter.into(),
            index: index.into(),
            throws: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}
