//! `TaskReturnDetails`, from `beta/schemas/TaskReturnDetails.yaml`.

/// Task return details
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TaskReturnDetails {
    /// Display name of the TaskReturnDetails
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Attribute the TaskReturnDetails is for
    #[serde(
        rename = "attributeName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub attribute_name: String,
}

impl TaskReturnDetails {
    /// Builds the value from its required fields.
    pub fn new(name: impl Into<String>, attribute_name: impl Into<String>) -> Self {
        TaskReturnDetails {
            name: name.into(),
            attribute_name: attribute_name.into(),
        }
    }
}
