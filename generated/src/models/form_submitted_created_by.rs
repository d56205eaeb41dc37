//! `FormSubmittedCreatedBy`, from `beta/schemas/trigger/example-input/FormSubmitted.yaml#/properties/createdBy`.

use crate::models::FormSubmittedCreatedByType;

/// Origin of the form creation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormSubmittedCreatedBy {
    /// Form creation origin's type.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<FormSubmittedCreatedByType>,
    /// Unique identifier of the origin of the form creation.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormSubmittedCreatedBy {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: FormSubmittedCreatedByType, id: impl Into<String>) -> Self {
        FormSubmittedCreatedBy {
            r#type: Some(r#type),
            id: id.into(),
            additional_properties: Default::default(),
        }
    }
}
