//! `RequestedForDtoRef`, from `v3/schemas/access-requests/RequestedForDtoRef.yaml`.

use crate::models::RequestedItemDtoRef;

/// `RequestedForDtoRef` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct RequestedForDtoRef {
    /// The identity id for which the access is requested
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "identityId")]
    pub identity_id: String,
    /// the details for the access items that are requested for the identity
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "requestedItems")]
    pub requested_items: Vec<RequestedItemDtoRef>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RequestedForDtoRef {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        identity_id: impl Into<String>,
        requested_items: Vec<RequestedItemDtoRef>,
    ) -> Self {
        RequestedForDtoRef {
            identity_id: identity_id.into(),
            requested_items,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for RequestedForDtoRef {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for RequestedForDtoRef {
    const NAME: &'static str = "RequestedForDtoRef";

    #[inline]
    fn empty() -> Self {
        RequestedForDtoRef {
            identity_id: Default::default(),
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
