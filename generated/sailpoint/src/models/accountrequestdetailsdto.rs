//! `Accountrequestdetailsdto`, from `apis/machine-account-creation-request/schemas/accountrequestdetailsdto.yaml`.

use crate::models::{Basereferencedto, MachineAccountCreationRequestAccountrequestphase};

/// Represents a request to create a machine account.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountrequestdetailsdto {
    /// Account request ID.
    #[serde(rename = "accountRequestId", skip_serializing_if = "Option::is_none")]
    pub account_request_id: Option<String>,
    /// Type of the account request.
    #[serde(rename = "requestType", skip_serializing_if = "Option::is_none")]
    pub request_type: Option<String>,
    /// Machine account creation request creation date and time.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Machine account creation request completion date and time.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "completedAt", skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Overall status of the creation request.
    #[serde(rename = "overallStatus", skip_serializing_if = "Option::is_none")]
    pub overall_status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester: Option<Basereferencedto>,
    /// List of account request phases.
    #[serde(rename = "accountRequestPhases", skip_serializing_if = "Option::is_none")]
    pub account_request_phases: Option<
        Vec<MachineAccountCreationRequestAccountrequestphase>,
    >,
    /// Detailed error information.
    #[serde(rename = "errorDetails", skip_serializing_if = "Option::is_none")]
    pub error_details: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountrequestdetailsdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountrequestdetailsdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountrequestdetailsdto {
    const NAME: &'static str = "Accountrequestdetailsdto";

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
            "accountRequestPhases" => self.account_request_phases = map.next_value()?,
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
