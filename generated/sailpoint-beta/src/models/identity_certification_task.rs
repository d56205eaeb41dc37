//! `IdentityCertificationTask`, from `beta/schemas/IdentityCertificationTask.yaml`.

use crate::models::{IdentityCertificationTaskStatus, IdentityCertificationTaskType};

/// `IdentityCertificationTask` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IdentityCertificationTask {
    /// The task id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The certification id
    #[serde(rename = "certificationId", skip_serializing_if = "Option::is_none")]
    pub certification_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<IdentityCertificationTaskType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<IdentityCertificationTaskStatus>,
    /// Any errors executing the task (Optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityCertificationTask {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for IdentityCertificationTask {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for IdentityCertificationTask {
    const NAME: &'static str = "IdentityCertificationTask";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "certificationId" => {
                self.certification_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "errors" => self.errors = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
