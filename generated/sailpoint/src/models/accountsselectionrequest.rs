//! `Accountsselectionrequest`, from `apis/access-requests/schemas/accountsselectionrequest.yaml`.

use crate::models::{
    AccessRequestsAccessrequesttype, Accessrequestitem, Requestedfordtoref,
};

/// Prefetch account selections for an access request before submit. Machine identity accounts-selection must use `requestedForWithRequestedItems` with `identityType: MACHINE` on each entry and only `ENTITLEMENT` items. Flat `requestedFor` / `requestedItems` must be omitted (do not send an empty array) for machine requests.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountsselectionrequest {
    /// A list of Identity IDs for whom the Access is requested.
    /// * Must be omitted (do not send an empty array) when using `requestedForWithRequestedItems`
    ///   (including all machine identity requests).
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    #[serde(rename = "requestedFor", skip_serializing_if = "Option::is_none")]
    pub requested_for: Option<Vec<String>>,
    #[serde(rename = "requestType", skip_serializing_if = "Option::is_none")]
    pub request_type: Option<AccessRequestsAccessrequesttype>,
    /// Access items requested.
    /// * Must be omitted (do not send an empty array) when using `requestedForWithRequestedItems`.
    #[serde(rename = "requestedItems", skip_serializing_if = "Option::is_none")]
    pub requested_items: Option<Vec<Accessrequestitem>>,
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on associated APIs such as /account-activities.
    #[serde(rename = "clientMetadata", skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Nested payload pairing each identity with its requested items.
    /// * Required for machine identity accounts-selection. Set `identityType: MACHINE` on each entry.
    /// * Machine requests support `ENTITLEMENT` items only and do not allow mixed human and machine identities.
    /// * When present, `requestedFor` and `requestedItems` must be omitted (do not send an empty array).
    #[serde(
        rename = "requestedForWithRequestedItems",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_for_with_requested_items: Option<Vec<Requestedfordtoref>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountsselectionrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountsselectionrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountsselectionrequest {
    const NAME: &'static str = "Accountsselectionrequest";

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
