//! `Accountactivityitem`, from `apis/account-activities/schemas/accountactivityitem.yaml`.

use crate::models::{
    Accountactivityapprovalstatus, Accountactivityitemoperation, Accountrequestinfo,
    Comment, Identitysummary, Provisioningstate,
};

/// `Accountactivityitem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountactivityitem {
    /// Item id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Human-readable display name of item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Date and time item was requested
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "approvalStatus", skip_serializing_if = "Option::is_none")]
    pub approval_status: Option<Accountactivityapprovalstatus>,
    #[serde(rename = "provisioningStatus", skip_serializing_if = "Option::is_none")]
    pub provisioning_status: Option<Provisioningstate>,
    #[serde(rename = "requesterComment", skip_serializing_if = "Option::is_none")]
    pub requester_comment: Option<Comment>,
    #[serde(rename = "reviewerIdentitySummary", skip_serializing_if = "Option::is_none")]
    pub reviewer_identity_summary: Option<Identitysummary>,
    #[serde(rename = "reviewerComment", skip_serializing_if = "Option::is_none")]
    pub reviewer_comment: Option<Comment>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<Accountactivityitemoperation>,
    /// Attribute to which account activity applies
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// Value of attribute
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Native identity in the target system to which the account activity applies
    #[serde(rename = "nativeIdentity", skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// Id of Source to which account activity applies
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    #[serde(rename = "accountRequestInfo", skip_serializing_if = "Option::is_none")]
    pub account_request_info: Option<Accountrequestinfo>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request item
    #[serde(rename = "clientMetadata", skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The date the role or access profile or entitlement is no longer assigned to the specified identity.
    #[serde(rename = "removeDate", skip_serializing_if = "Option::is_none")]
    pub remove_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountactivityitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountactivityitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountactivityitem {
    const NAME: &'static str = "Accountactivityitem";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "requested" => {
                self.requested = map.next_value_seed(crate::datetime::Optional)?;
            }
            "approvalStatus" => self.approval_status = map.next_value()?,
            "provisioningStatus" => self.provisioning_status = map.next_value()?,
            "requesterComment" => self.requester_comment = map.next_value()?,
            "reviewerIdentitySummary" => {
                self.reviewer_identity_summary = map.next_value()?;
            }
            "reviewerComment" => self.reviewer_comment = map.next_value()?,
            "operation" => self.operation = map.next_value()?,
            "attribute" => {
                self.attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "nativeIdentity" => {
                self.native_identity = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accountRequestInfo" => self.account_request_info = map.next_value()?,
            "clientMetadata" => self.client_metadata = map.next_value()?,
            "removeDate" => {
                self.remove_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
