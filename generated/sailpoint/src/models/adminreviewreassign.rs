//! `Adminreviewreassign`, from `apis/certification-campaigns/schemas/adminreviewreassign.yaml`.

use crate::models::AdminreviewreassignReassignTo;

/// `Adminreviewreassign` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Adminreviewreassign {
    /// List of certification IDs to reassign
    #[serde(rename = "certificationIds", skip_serializing_if = "Option::is_none")]
    pub certification_ids: Option<Vec<String>>,
    #[serde(rename = "reassignTo", skip_serializing_if = "Option::is_none")]
    pub reassign_to: Option<AdminreviewreassignReassignTo>,
    /// Comment to explain why the certification was reassigned
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Adminreviewreassign {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Adminreviewreassign {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Adminreviewreassign {
    const NAME: &'static str = "Adminreviewreassign";

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
            "certificationIds" => self.certification_ids = map.next_value()?,
            "reassignTo" => self.reassign_to = map.next_value()?,
            "reason" => self.reason = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
