//! `AccessRequest`, from `v3/schemas/AccessRequest.yaml`.

use crate::models::{AccessRequestItem, RequestedForDtoRef, V3AccessRequestType};

/// `AccessRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessRequest {
    /// A list of Identity IDs for whom the Access is requested. If it's a Revoke request, there can only be one Identity ID.
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "requestedFor")]
    pub requested_for: Vec<String>,
    #[serde(rename = "requestType", skip_serializing_if = "Option::is_none")]
    pub request_type: Option<V3AccessRequestType>,
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "requestedItems")]
    pub requested_items: Vec<AccessRequestItem>,
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on associated APIs such as /account-activities.
    #[serde(rename = "clientMetadata", skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Additional submit data structure with requestedFor containing requestedItems allowing distinction for each request item and Identity.
    /// * Can only be used when 'requestedFor' and 'requestedItems' are not separately provided
    /// * Adds ability to specify which account the user wants the access on, in case they have multiple accounts on a source
    /// * Allows the ability to request items with different start dates
    /// * Allows the ability to request items with different remove dates
    /// * Also allows different combinations of request items and identities in the same request
    /// * Only for use in GRANT_ACCESS type requests
    #[serde(
        rename = "requestedForWithRequestedItems",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_for_with_requested_items: Option<Vec<RequestedForDtoRef>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        requested_for: Vec<String>,
        requested_items: Vec<AccessRequestItem>,
    ) -> Self {
        AccessRequest {
            requested_for,
            request_type: None,
            requested_items,
            client_metadata: None,
            requested_for_with_requested_items: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccessRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccessRequest {
    const NAME: &'static str = "AccessRequest";

    #[inline]
    fn empty() -> Self {
        AccessRequest {
            requested_for: Default::default(),
            request_type: None,
            requested_items: Default::default(),
            client_metadata: None,
            requested_for_with_requested_items: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "requestedFor" => {
                self.requested_for = map.next_value_seed(crate::lenient::OneOrMany::NEW)?;
            }
            "requestType" => self.request_type = map.next_value()?,
            "requestedItems" => {
                self.requested_items = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "clientMetadata" => self.client_metadata = map.next_value()?,
            "requestedForWithRequestedItems" => {
                self.requested_for_with_requested_items = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
