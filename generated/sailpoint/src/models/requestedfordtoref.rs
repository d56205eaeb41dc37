//! `Requestedfordtoref`, from `apis/access-requests/schemas/requestedfordtoref.yaml`.

use crate::models::{RequestedfordtorefIdentityType, Requesteditemdtoref};

/// `Requestedfordtoref` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Requestedfordtoref {
    /// The identity id the access is requested for. * `HUMAN` (default): the human identity id. * `MACHINE`: the machine identity id (hyphenated RFC-4122 UUID, not the correlated human identity).
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "identityId")]
    pub identity_id: String,
    /// Type of identity the access is requested for.
    /// * `HUMAN` (default) - standard human identity access request.
    /// * `MACHINE` - machine identity access request. When `MACHINE`, all entries in the request must also be `MACHINE` (mixed human and machine identities in one request are not supported), and only `ENTITLEMENT` items are allowed.
    #[serde(rename = "identityType", skip_serializing_if = "Option::is_none")]
    pub identity_type: Option<RequestedfordtorefIdentityType>,
    /// the details for the access items that are requested for the identity
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "requestedItems")]
    pub requested_items: Vec<Requesteditemdtoref>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Requestedfordtoref {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        identity_id: impl Into<String>,
        requested_items: Vec<Requesteditemdtoref>,
    ) -> Self {
        Requestedfordtoref {
            identity_id: identity_id.into(),
            identity_type: None,
            requested_items,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Requestedfordtoref {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Requestedfordtoref {
    const NAME: &'static str = "Requestedfordtoref";

    #[inline]
    fn empty() -> Self {
        Requestedfordtoref {
            identity_id: Default::default(),
            identity_type: None,
            requested_items: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "identityId" => self.identity_id = map.next_value_seed(crate::lenient::Text)?,
            "identityType" => self.identity_type = map.next_value()?,
            "requestedItems" => {
                self.requested_items = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
