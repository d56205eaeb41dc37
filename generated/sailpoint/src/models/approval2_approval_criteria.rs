//! `Approval2ApprovalCriteria`, from `apis/approvals/schemas/approval-2.yaml#/properties/approvalCriteria`.

use crate::models::{
    Approval2ApprovalCriteriaApproval, Approval2ApprovalCriteriaRejection,
};

/// Criteria that needs to be met for an approval or rejection
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approval2ApprovalCriteria {
    /// Type of approval criteria, such as SERIAL or PARALLEL
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Criteria for approval
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval2ApprovalCriteriaApproval>,
    /// Criteria for rejection
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rejection: Option<Approval2ApprovalCriteriaRejection>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approval2ApprovalCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approval2ApprovalCriteria {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approval2ApprovalCriteria {
    const NAME: &'static str = "Approval2ApprovalCriteria";

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
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "approval" => self.approval = map.next_value()?,
            "rejection" => self.rejection = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
