//! `Accountactionrequestdto`, from `apis/account-deletion-requests/schemas/accountactionrequestdto.yaml`.

use crate::models::{
    Accountdetails, Accountrequestphase, Approvaldetails, Basereferencedto,
    Identityreference,
};

/// Represents a request to perform an action on an account, such as deletion or modification.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountactionrequestdto {
    /// Account requester ID.
    #[serde(rename = "accountRequestId", skip_serializing_if = "Option::is_none")]
    pub account_request_id: Option<String>,
    /// Access item requester's identity ID.
    #[serde(rename = "requestType", skip_serializing_if = "Option::is_none")]
    pub request_type: Option<String>,
    /// Creation date and time of account deletion request date.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Account deletion request completion date and time.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "completedAt", skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Overall status of deletion request.
    #[serde(rename = "overallStatus", skip_serializing_if = "Option::is_none")]
    pub overall_status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester: Option<Basereferencedto>,
    /// Comments added by the requester while creating the account deletion request.
    #[serde(rename = "requesterComments", skip_serializing_if = "Option::is_none")]
    pub requester_comments: Option<String>,
    #[serde(rename = "accountDetails", skip_serializing_if = "Option::is_none")]
    pub account_details: Option<Accountdetails>,
    #[serde(rename = "correlatedIdentity", skip_serializing_if = "Option::is_none")]
    pub correlated_identity: Option<Identityreference>,
    #[serde(rename = "managerReference", skip_serializing_if = "Option::is_none")]
    pub manager_reference: Option<Identityreference>,
    /// ID of the approval request associated with the account deletion action.
    #[serde(rename = "approvalRequestId", skip_serializing_if = "Option::is_none")]
    pub approval_request_id: Option<String>,
    /// List of account request phases.
    #[serde(rename = "accountRequestPhases", skip_serializing_if = "Option::is_none")]
    pub account_request_phases: Option<Vec<Accountrequestphase>>,
    /// List approval details
    #[serde(rename = "approvalDetails", skip_serializing_if = "Option::is_none")]
    pub approval_details: Option<Vec<Approvaldetails>>,
    /// Detailed error information.
    #[serde(rename = "errorDetails", skip_serializing_if = "Option::is_none")]
    pub error_details: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountactionrequestdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountactionrequestdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountactionrequestdto {
    const NAME: &'static str = "Accountactionrequestdto";

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
            "accountRequestId" => {
                self.account_request_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "requestType" => {
                self.request_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "createdAt" => {
                self.created_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "completedAt" => {
                self.completed_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "overallStatus" => {
                self.overall_status = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "requester" => self.requester = map.next_value()?,
            "requesterComments" => {
                self.requester_comments = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "accountDetails" => self.account_details = map.next_value()?,
            "correlatedIdentity" => self.correlated_identity = map.next_value()?,
            "managerReference" => self.manager_reference = map.next_value()?,
            "approvalRequestId" => {
                self.approval_request_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "accountRequestPhases" => self.account_request_phases = map.next_value()?,
            "approvalDetails" => self.approval_details = map.next_value()?,
            "errorDetails" => {
                self.error_details = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
