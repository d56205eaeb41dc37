//! `Accessrequest`, from `apis/access-requests/schemas/accessrequest.yaml`.

use crate::models::{
    AccessRequestsAccessrequesttype, Accessrequestitem, Requestedfordtoref,
};

/// `Accessrequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequest {
    /// A list of Identity IDs for whom the Access is requested. If it's a Revoke request, there can only be one Identity ID.
    /// * Used for human identity requests with the 'requestedItems' field.
    /// * Must be omitted (do not send an empty array) when using `requestedForWithRequestedItems`
    ///   (including all machine identity requests).
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    #[serde(rename = "requestedFor", skip_serializing_if = "Option::is_none")]
    pub requested_for: Option<Vec<String>>,
    #[serde(rename = "requestType", skip_serializing_if = "Option::is_none")]
    pub request_type: Option<AccessRequestsAccessrequesttype>,
    /// * Used for human identity requests with the 'requestedFor' field.
    /// * Must be omitted (do not send an empty array) when using `requestedForWithRequestedItems`.
    #[serde(rename = "requestedItems", skip_serializing_if = "Option::is_none")]
    pub requested_items: Option<Vec<Accessrequestitem>>,
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on associated APIs such as /account-activities.
    #[serde(rename = "clientMetadata", skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Additional submit data structure with requestedFor containing requestedItems allowing distinction for each request item and Identity.
    /// * Can only be used when 'requestedFor' and 'requestedItems' are not separately provided
    /// * Adds ability to specify which account the user wants the access on, in case they have multiple accounts on a source.
    /// * Allows the ability to request items with different start dates and remove dates.
    /// * Also allows different combinations of request items and identities in the same request.
    /// * For human identities, primarily used with GRANT_ACCESS (and related multi-account flows). Human REVOKE_ACCESS continues to use the flat `requestedFor` / `requestedItems` shape.
    /// * Required for machine identity access requests. Set `identityType: MACHINE` on each entry. Machine requests support GRANT_ACCESS, MODIFY_ACCESS, and REVOKE_ACCESS with the constraints documented on the create endpoint and item schemas (entitlement-only; grant/modify account selection; revoke nativeIdentity).
    #[serde(
        rename = "requestedForWithRequestedItems",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_for_with_requested_items: Option<Vec<Requestedfordtoref>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequest {
    const NAME: &'static str = "Accessrequest";

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
            "requestedFor" => {
                self.requested_for = map
                    .next_value_seed(crate::lenient::OneOrManyOption::NEW)?;
            }
            "requestType" => self.request_type = map.next_value()?,
            "requestedItems" => self.requested_items = map.next_value()?,
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
