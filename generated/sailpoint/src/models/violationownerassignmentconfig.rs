//! `Violationownerassignmentconfig`, from `apis/sod-policies/schemas/violationownerassignmentconfig.yaml`.

use crate::models::{
    ViolationownerassignmentconfigAssignmentRule, ViolationownerassignmentconfigOwnerRef,
};

/// `Violationownerassignmentconfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Violationownerassignmentconfig {
    /// Details about the violations owner.
    /// MANAGER - identity's manager
    /// STATIC - Governance Group or Identity
    #[serde(rename = "assignmentRule", skip_serializing_if = "Option::is_none")]
    pub assignment_rule: Option<ViolationownerassignmentconfigAssignmentRule>,
    /// The owner of the violation assignment config.
    #[serde(rename = "ownerRef", skip_serializing_if = "Option::is_none")]
    pub owner_ref: Option<ViolationownerassignmentconfigOwnerRef>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Violationownerassignmentconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Violationownerassignmentconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Violationownerassignmentconfig {
    const NAME: &'static str = "Violationownerassignmentconfig";

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
            "assignmentRule" => self.assignment_rule = map.next_value()?,
            "ownerRef" => self.owner_ref = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
