//! `TaskReturnDetails`, from `beta/schemas/TaskReturnDetails.yaml`.

/// Task return details
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TaskReturnDetails {
    /// Display name of the TaskReturnDetails
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Attribute the TaskReturnDetails is for
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "attributeName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub attribute_name: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskReturnDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>, attribute_name: impl Into<String>) -> Self {
        TaskReturnDetails {
            name: name.into(),
            attribute_name: attribute_name.into(),
            additional_properties: Default::default(),
        }
    }
}
