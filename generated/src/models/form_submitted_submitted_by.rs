//! `FormSubmittedSubmittedBy`, from `beta/schemas/trigger/example-input/FormSubmitted.yaml#/properties/submittedBy`.

use crate::models::FormSubmittedSubmittedByType;

/// Identity who submitted the form.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FormSubmittedSubmittedBy {
    /// DTO type of the identity who submitted the form.
    pub r#type: FormSubmittedSubmittedByType,
    /// Unique identifier of the identity who submitted the form.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Name of the identity who submitted the form.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl FormSubmittedSubmittedBy {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: FormSubmittedSubmittedByType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        FormSubmittedSubmittedBy {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
