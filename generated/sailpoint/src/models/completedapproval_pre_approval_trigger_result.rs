//! `CompletedapprovalPreApprovalTriggerResult`, from `apis/access-request-approvals/schemas/completedapproval.yaml#/properties/preApprovalTriggerResult`.

use crate::models::Completedapprovalstate;

/// If the access request submitted event trigger is configured and this access request was intercepted by it, then this is the result of the trigger's decision to either approve or deny the request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CompletedapprovalPreApprovalTriggerResult {
    /// The comment from the trigger
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The approval decision of the trigger
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision: Option<Completedapprovalstate>,
    /// The name of the approver
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// The date and time the trigger decided on the request
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CompletedapprovalPreApprovalTriggerResult {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for CompletedapprovalPreApprovalTriggerResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CompletedapprovalPreApprovalTriggerResult {
    const NAME: &'static str = "CompletedapprovalPreApprovalTriggerResult";

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
            "comment" => self.comment = map.next_value_seed(crate::lenient::TextOption)?,
            "decision" => self.decision = map.next_value()?,
            "reviewer" => {
                self.reviewer = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "date" => self.date = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
