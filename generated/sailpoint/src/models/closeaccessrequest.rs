//! `Closeaccessrequest`, from `apis/access-requests/schemas/closeaccessrequest.yaml`.

use crate::models::{
    CloseaccessrequestCompletionStatus, CloseaccessrequestExecutionStatus,
};

/// Request body payload for close access requests endpoint.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Closeaccessrequest {
    /// Access Request IDs for the requests to be closed. Accepts 1-500 Identity Request IDs per request.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "accessRequestIds")]
    pub access_request_ids: Vec<String>,
    /// Reason for closing the access request. Displayed under Warnings in IdentityNow.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The request's provisioning status. Displayed as Stage in IdentityNow.
    #[serde(rename = "executionStatus", skip_serializing_if = "Option::is_none")]
    pub execution_status: Option<CloseaccessrequestExecutionStatus>,
    /// The request's overall status. Displayed as Status in IdentityNow.
    #[serde(rename = "completionStatus", skip_serializing_if = "Option::is_none")]
    pub completion_status: Option<CloseaccessrequestCompletionStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Closeaccessrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(access_request_ids: Vec<String>) -> Self {
        Closeaccessrequest {
            access_request_ids,
            message: None,
            execution_status: None,
            completion_status: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Closeaccessrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Closeaccessrequest {
    const NAME: &'static str = "Closeaccessrequest";

    #[inline]
    fn empty() -> Self {
        Closeaccessrequest {
            access_request_ids: Default::default(),
            message: None,
            execution_status: None,
            completion_status: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "accessRequestIds" => {
                self.access_request_ids = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "message" => self.message = map.next_value_seed(crate::lenient::TextOption)?,
            "executionStatus" => self.execution_status = map.next_value()?,
            "completionStatus" => self.completion_status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
