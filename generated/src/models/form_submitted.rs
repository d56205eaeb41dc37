//! `FormSubmitted`, from `beta/schemas/trigger/example-input/FormSubmitted.yaml`.

use crate::models::{FormSubmittedCreatedBy, FormSubmittedSubmittedBy};

/// `FormSubmitted` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FormSubmitted {
    /// Date and time when the user submitted the form.
    #[serde(rename = "submittedAt", deserialize_with = "crate::datetime::deserialize")]
    pub submitted_at: chrono::DateTime<chrono::Utc>,
    /// ISC tenant's unique identifier.
    #[serde(rename = "tenantId", default, deserialize_with = "crate::lenient::string")]
    pub tenant_id: String,
    /// Form instance's unique identifier.
    #[serde(
        rename = "formInstanceId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub form_instance_id: String,
    /// Form definition's unique identifier.
    #[serde(
        rename = "formDefinitionId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub form_definition_id: String,
    /// Form's name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Origin of the form creation.
    #[serde(rename = "createdBy")]
    pub created_by: FormSubmittedCreatedBy,
    /// Identity who submitted the form.
    #[serde(rename = "submittedBy")]
    pub submitted_by: FormSubmittedSubmittedBy,
    /// Data in the submitted form.
    #[serde(rename = "formData", default)]
    pub form_data: Option<serde_json::Map<String, serde_json::Value>>,
}

impl FormSubmitted {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        submitted_at: chrono::DateTime<chrono::Utc>,
        tenant_id: impl Into<String>,
        form_instance_id: impl Into<String>,
        form_definition_id: impl Into<String>,
        name: impl Into<String>,
        created_by: FormSubmittedCreatedBy,
        submitted_by: FormSubmittedSubmittedBy,
    ) -> Self {
        FormSubmitted {
            submitted_at,
            tenant_id: tenant_id.into(),
            form_instance_id: form_instance_id.into(),
            form_definition_id: form_definition_id.into(),
            name: name.into(),
            created_by,
            submitted_by,
            form_data: None,
        }
    }
}
