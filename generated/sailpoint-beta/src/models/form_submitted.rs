//! `FormSubmitted`, from `beta/schemas/trigger/example-input/FormSubmitted.yaml`.

use crate::models::{FormSubmittedCreatedBy, FormSubmittedSubmittedBy};

/// `FormSubmitted` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct FormSubmitted {
    /// Date and time when the user submitted the form.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "submittedAt", skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<chrono::DateTime<chrono::Utc>>,
    /// ISC tenant's unique identifier.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "tenantId")]
    pub tenant_id: String,
    /// Form instance's unique identifier.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "formInstanceId")]
    pub form_instance_id: String,
    /// Form definition's unique identifier.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "formDefinitionId")]
    pub form_definition_id: String,
    /// Form's name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Origin of the form creation.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<FormSubmittedCreatedBy>,
    /// Identity who submitted the form.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "submittedBy", skip_serializing_if = "Option::is_none")]
    pub submitted_by: Option<FormSubmittedSubmittedBy>,
    /// Data in the submitted form.
    #[serde(rename = "formData")]
    pub form_data: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormSubmitted {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
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
            submitted_at: Some(submitted_at),
            tenant_id: tenant_id.into(),
            form_instance_id: form_instance_id.into(),
            form_definition_id: form_definition_id.into(),
            name: name.into(),
            created_by: Some(created_by),
            submitted_by: Some(submitted_by),
            form_data: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for FormSubmitted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for FormSubmitted {
    const NAME: &'static str = "FormSubmitted";

    #[inline]
    fn empty() -> Self {
        FormSubmitted {
            submitted_at: None,
            tenant_id: Default::default(),
            form_instance_id: Default::default(),
            form_definition_id: Default::default(),
            name: Default::default(),
            created_by: None,
            submitted_by: None,
            form_data: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "submittedAt" => {
                self.submitted_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "tenantId" => self.tenant_id = map.next_value_seed(crate::lenient::Text)?,
            "formInstanceId" => {
                self.form_instance_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "formDefinitionId" => {
                self.form_definition_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "createdBy" => self.created_by = map.next_value()?,
            "submittedBy" => self.submitted_by = map.next_value()?,
            "formData" => self.form_data = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
