//! `Accessrequesttracking`, from `apis/access-requests/schemas/accessrequesttracking.yaml`.

use crate::models::Requesteditemdetails;

/// `Accessrequesttracking` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequesttracking {
    /// The identity id in which the access request is for.
    #[serde(rename = "requestedFor", skip_serializing_if = "Option::is_none")]
    pub requested_for: Option<String>,
    /// The details of the item requested.
    #[serde(rename = "requestedItemsDetails", skip_serializing_if = "Option::is_none")]
    pub requested_items_details: Option<Vec<Requesteditemdetails>>,
    /// a hash representation of the access requested, useful for longer term tracking client side.
    ///
    /// The spec declares a 32-bit integer, but its example does not fit in 32 bits, so this is 64-bit.
    #[serde(rename = "attributesHash", skip_serializing_if = "Option::is_none")]
    pub attributes_hash: Option<i64>,
    /// a list of access request identifiers, generally only one will be populated, but high volume requested may result in multiple ids.
    #[serde(rename = "accessRequestIds", skip_serializing_if = "Option::is_none")]
    pub access_request_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequesttracking {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequesttracking {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequesttracking {
    const NAME: &'static str = "Accessrequesttracking";

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
                self.requested_for = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "requestedItemsDetails" => self.requested_items_details = map.next_value()?,
            "attributesHash" => self.attributes_hash = map.next_value()?,
            "accessRequestIds" => self.access_request_ids = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
