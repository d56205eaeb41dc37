//! `Approvalreassignmenthistory`, from `apis/approvals/schemas/approvalreassignmenthistory.yaml`.

use crate::models::{Approvalidentity, ApprovalreassignmenthistoryReassignmentType};

/// ReassignmentHistoryRecord holds a history record of reassignment and escalation actions for an approval request
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approvalreassignmenthistory {
    /// Unique identifier for the comment associated with the reassignment.
    #[serde(rename = "commentID", skip_serializing_if = "Option::is_none")]
    pub comment_id: Option<String>,
    /// Identity of the user or entity from whom the approval request was reassigned.
    #[serde(rename = "reassignedFrom", skip_serializing_if = "Option::is_none")]
    pub reassigned_from: Option<Approvalidentity>,
    /// Identity of the user or entity to whom the approval request was reassigned.
    #[serde(rename = "reassignedTo", skip_serializing_if = "Option::is_none")]
    pub reassigned_to: Option<Approvalidentity>,
    /// Identity of the user or entity who performed the reassignment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reassigner: Option<Approvalidentity>,
    /// Date and time when the reassignment occurred.
    #[serde(rename = "reassignmentDate", skip_serializing_if = "Option::is_none")]
    pub reassignment_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Type of reassignment, such as escalation or manual reassignment.
    #[serde(rename = "reassignmentType", skip_serializing_if = "Option::is_none")]
    pub reassignment_type: Option<ApprovalreassignmenthistoryReassignmentType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approvalreassignmenthistory {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approvalreassignmenthistory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approvalreassignmenthistory {
    const NAME: &'static str = "Approvalreassignmenthistory";

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
            "commentID" => {
                self.comment_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "reassignedFrom" => self.reassigned_from = map.next_value()?,
            "reassignedTo" => self.reassigned_to = map.next_value()?,
            "reassigner" => self.reassigner = map.next_value()?,
            "reassignmentDate" => {
                self.reassignment_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "reassignmentType" => self.reassignment_type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
