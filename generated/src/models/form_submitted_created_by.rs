//! `FormSubmittedCreatedBy`, from `beta/schemas/trigger/example-input/FormSubmitted.yaml#/properties/createdBy`.

use crate::models::FormSubmittedCreatedByType;

/// Origin of the form creation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FormSubmittedCreatedBy {
    /// Form creation origin's type.
    pub r#type: FormSubmittedCreatedByType,
    /// Unique identifier of the origin of the form creation.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
}

impl FormSubmittedCreatedBy {
    /// Builds the value from its required fields.
    pub fn new(r#type: FormSubmittedCreatedByType, id: impl Into<String>) -> Self {
        FormSubmittedCreatedBy {
            r#type,
            id: id.into(),
        }
    }
}
