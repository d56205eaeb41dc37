//! `SodviolationcontextConflictingAccessCriteria`, from `apis/access-request-approvals/schemas/sodviolationcontext.yaml#/properties/conflictingAccessCriteria`.

use crate::models::{
    SodviolationcontextConflictingAccessCriteriaLeftCriteria,
    SodviolationcontextConflictingAccessCriteriaRightCriteria,
};

/// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SodviolationcontextConflictingAccessCriteria {
    #[serde(rename = "leftCriteria", skip_serializing_if = "Option::is_none")]
    pub left_criteria: Option<SodviolationcontextConflictingAccessCriteriaLeftCriteria>,
    #[serde(rename = "rightCriteria", skip_serializing_if = "Option::is_none")]
    pub right_criteria: Option<
        SodviolationcontextConflictingAccessCriteriaRightCriteria,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SodviolationcontextConflictingAccessCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SodviolationcontextConflictingAccessCriteria {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SodviolationcontextConflictingAccessCriteria {
    const NAME: &'static str = "SodviolationcontextConflictingAccessCriteria";

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
            "leftCriteria" => self.left_criteria = map.next_value()?,
            "rightCriteria" => self.right_criteria = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
