//! `Approval2ApprovalCriteriaApproval`, from `apis/approvals/schemas/approval-2.yaml#/properties/approvalCriteria/properties/approval`.

use crate::models::Approval2ApprovalCriteriaApprovalCalculationType;

/// Criteria for approval
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approval2ApprovalCriteriaApproval {
    /// This defines what the field "value" will be used as, either a count or percentage of the total approvers that need to approve
    #[serde(rename = "calculationType", skip_serializing_if = "Option::is_none")]
    pub calculation_type: Option<Approval2ApprovalCriteriaApprovalCalculationType>,
    /// The value that needs to be met for the approval criteria
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approval2ApprovalCriteriaApproval {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approval2ApprovalCriteriaApproval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approval2ApprovalCriteriaApproval {
    const NAME: &'static str = "Approval2ApprovalCriteriaApproval";

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
