//! `Approvaldetails`, from `apis/account-deletion-requests/schemas/approvaldetails.yaml`.

use crate::models::{Accountrequestphasestate, Approverdto};

/// Contains comprehensive details about the approval process, including the approver's information, comments, decision date, serial order, and the current status of the approval request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approvaldetails {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approver: Option<Approverdto>,
    /// Comments added by approver while rejecting or approving the account deletion request.
    #[serde(rename = "approverComments", skip_serializing_if = "Option::is_none")]
    pub approver_comments: Option<String>,
    /// Decision date of approval rejected or approved.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "decisionDate", skip_serializing_if = "Option::is_none")]
    pub decision_date: Option<chrono::DateTime<chrono::Utc>>,
    /// SerialOrder of approval details.
    #[serde(rename = "serialOrder", skip_serializing_if = "Option::is_none")]
    pub serial_order: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Accountrequestphasestate>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approvaldetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approvaldetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approvaldetails {
    const NAME: &'static str = "Approvaldetails";

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
            "approver" => self.approver = map.next_value()?,
            "approverComments" => {
                self.approver_comments = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "decisionDate" => {
                self.decision_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "serialOrder" => self.serial_order = map.next_value()?,
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
