//! `Certificationtask`, from `apis/certification-campaigns/schemas/certificationtask.yaml`.

use crate::models::{
    CertificationtaskStatus, CertificationtaskTargetType, CertificationtaskType,
    Errormessagedtolist, Reassignmenttraildtolist,
};

/// `Certificationtask` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Certificationtask {
    /// The ID of the certification task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the certification task. More values may be added in the future.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CertificationtaskType>,
    /// The type of item that is being operated on by this task whose ID is stored in the targetId field.
    #[serde(rename = "targetType", skip_serializing_if = "Option::is_none")]
    pub target_type: Option<CertificationtaskTargetType>,
    /// The ID of the item being operated on by this task.
    #[serde(rename = "targetId", skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    /// The status of the task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<CertificationtaskStatus>,
    /// A list of errors that have been encountered by the task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Errormessagedtolist>,
    /// Reassignment trails that lead to self certification identity
    #[serde(rename = "reassignmentTrailDTOs", skip_serializing_if = "Option::is_none")]
    pub reassignment_trail_dt_os: Option<Reassignmenttraildtolist>,
    /// The date and time on which this task was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Certificationtask {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Certificationtask {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Certificationtask {
    const NAME: &'static str = "Certificationtask";

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
            "type" => self.r#type = map.next_value()?,
            "targetType" => self.target_type = map.next_value()?,
            "targetId" => {
                self.target_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "status" => self.status = map.next_value()?,
            "errors" => self.errors = map.next_value()?,
            "reassignmentTrailDTOs" => self.reassignment_trail_dt_os = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
