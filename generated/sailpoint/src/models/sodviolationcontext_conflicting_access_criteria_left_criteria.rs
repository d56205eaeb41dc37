//! `SodviolationcontextConflictingAccessCriteriaLeftCriteria`, from `apis/access-request-approvals/schemas/sodviolationcontext.yaml#/properties/conflictingAccessCriteria/properties/leftCriteria`.

use crate::models::Sodexemptcriteria;

/// `SodviolationcontextConflictingAccessCriteriaLeftCriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SodviolationcontextConflictingAccessCriteriaLeftCriteria {
    #[serde(rename = "criteriaList", skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<Sodexemptcriteria>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SodviolationcontextConflictingAccessCriteriaLeftCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de>
for SodviolationcontextConflictingAccessCriteriaLeftCriteria {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SodviolationcontextConflictingAccessCriteriaLeftCriteria {
    const NAME: &'static str = "SodviolationcontextConflictingAccessCriteriaLeftCriteria";

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
            "criteriaList" => self.criteria_list = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
