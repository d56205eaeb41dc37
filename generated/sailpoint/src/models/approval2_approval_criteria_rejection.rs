//! `Approval2ApprovalCriteriaRejection`, from `apis/approvals/schemas/approval-2.yaml#/properties/approvalCriteria/properties/rejection`.

use crate::models::Approval2ApprovalCriteriaRejectionCalculationType;

/// Criteria for rejection
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approval2ApprovalCriteriaRejection {
    /// This defines what the field "value" will be used as, either a count or percentage of the total approvers that need to reject
    #[serde(rename = "calculationType", skip_serializing_if = "Option::is_none")]
    pub calculation_type: Option<Approval2ApprovalCriteriaRejectionCalculationType>,
    /// The value that needs to be met for the rejection criteria
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approval2ApprovalCriteriaRejection {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approval2ApprovalCriteriaRejection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approval2ApprovalCriteriaRejection {
    const NAME: &'static str = "Approval2ApprovalCriteriaRejection";

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
            "calculationType" => self.calculation_type = map.next_value()?,
            "value" => self.value = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
